/**
 * `npm run -s cli -- create-user --username U (--password-stdin | --password P) --display-name N
 *  [--department D] [--role drafter:* | --role auditor:<planId> …]`
 *
 * Registers a user, with roles, in one write to the user's stream, against DATABASE_URL or the
 * embedded database in DATA_DIR (default ./data; stop the API first, PGlite has one owner).
 * The log records the operator as `system:cli:<os user>`.
 * Exits 0 when created, 1 when refused (the code is printed: ALREADY_EXISTS, BAD_USER_INPUT…)
 * or the database fails, 2 on bad arguments or configuration.
 */
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { formatGrant, isRole, operatorPrincipal, type RoleGrant } from '@planledger/domain';
import { openDatabase, PostgresEventStore } from '@planledger/event-store';
import { ConfigError, loadConfig } from '../../../api/src/config';
import { UserDirectory } from '../../../api/src/auth/user-directory';

const USAGE =
  'usage: npm run -s cli -- create-user --username U (--password-stdin | --password P) --display-name N ' +
  '[--department D] [--role ROLE:PLAN …]\n  ROLE is drafter, departmentReviewer, auditor or admin; PLAN a plan id or * for every plan';

export interface CreateUserIo {
  env: NodeJS.ProcessEnv;
  readStdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

interface CreateUserArgs {
  username: string;
  displayName: string;
  departmentId: string | null;
  password: { from: 'stdin' } | { from: 'argument'; value: string };
  grants: RoleGrant[];
}

export function run(args: string[]): Promise<number> {
  return createUser(args, {
    env: process.env,
    readStdin,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}

export async function createUser(args: string[], io: CreateUserIo): Promise<number> {
  const parsed = parseCreateUserArgs(args);
  if (typeof parsed === 'string') return fail(io, `${parsed}\n${USAGE}`, 2);
  let config;
  try {
    config = loadConfig(io.env);
  } catch (error) {
    if (error instanceof ConfigError) return fail(io, `invalid configuration: ${error.message}`, 2);
    throw error;
  }
  const password = parsed.password.from === 'stdin' ? withoutFinalNewline(await io.readStdin()) : parsed.password.value;
  if (parsed.password.from === 'argument') io.stderr('note: --password is visible to other local users; prefer --password-stdin\n');

  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const store = await PostgresEventStore.open(database);
    try {
      const user = await new UserDirectory(store).register(
        operatorPrincipal(`cli:${operatorName()}`),
        { username: parsed.username, displayName: parsed.displayName, departmentId: parsed.departmentId, password, grants: parsed.grants },
        `cli:create-user:${randomUUID()}`,
      );
      const roles = user.grants.length > 0 ? user.grants.map(formatGrant).join(', ') : 'none';
      io.stdout(`created user ${user.username} (${user.userId}) ${user.displayName}, department ${user.departmentId ?? 'none'}, roles ${roles}\n`);
      return 0;
    } finally {
      await store.close();
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') return fail(io, `${code}: ${(error as Error).message}`, 1);
    throw error;
  } finally {
    await database.close();
  }
}

export function parseCreateUserArgs(args: string[]): CreateUserArgs | string {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        username: { type: 'string' },
        password: { type: 'string' },
        'password-stdin': { type: 'boolean' },
        'display-name': { type: 'string' },
        department: { type: 'string' },
        role: { type: 'string', multiple: true },
      },
    }));
  } catch (error) {
    return (error as Error).message;
  }
  if (!values.username) return 'missing --username';
  if (!values['display-name']) return 'missing --display-name';
  if ((values.password === undefined) === !values['password-stdin']) return 'give exactly one of --password and --password-stdin';
  const grants: RoleGrant[] = [];
  for (const text of values.role ?? []) {
    const grant = parseGrant(text);
    if (typeof grant === 'string') return grant;
    grants.push(grant);
  }
  return {
    username: values.username,
    displayName: values['display-name'],
    departmentId: values.department ?? null,
    password: values.password === undefined ? { from: 'stdin' } : { from: 'argument', value: values.password },
    grants,
  };
}

/** `drafter:*`, `auditor:plan-52`, or a bare role for every plan. */
function parseGrant(text: string): RoleGrant | string {
  const separator = text.indexOf(':');
  const role = separator < 0 ? text : text.slice(0, separator);
  const planId = separator < 0 ? '*' : text.slice(separator + 1);
  if (!isRole(role)) return `unknown role in --role ${text} (drafter, departmentReviewer, auditor or admin)`;
  if (planId === '') return `--role ${text} names no plan (use ${role}:* for every plan)`;
  return { role, planId };
}

function withoutFinalNewline(text: string): string {
  return text.replace(/\r?\n$/, '');
}

function operatorName(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function fail(io: CreateUserIo, message: string, exitCode: number): number {
  io.stderr(`planledger create-user: ${message}\n`);
  return exitCode;
}
