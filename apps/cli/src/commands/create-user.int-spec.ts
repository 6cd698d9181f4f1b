import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { userStreamId } from '@planledger/domain';
import { openDatabase, PostgresEventStore } from '@planledger/event-store';
import { uniqueId } from '@planledger/testing';
import { PasswordHasher } from '../../../api/src/auth/password-hasher';
import { UserDirectory } from '../../../api/src/auth/user-directory';
import { createUser, parseCreateUserArgs } from './create-user';

const ROOT = join(__dirname, '../../../..');
const scratch = mkdtempSync(join(tmpdir(), 'planledger-create-user-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The embedded database in a folder of its own, and PostgreSQL when DATABASE_URL is set. */
const targets: { name: string; env: NodeJS.ProcessEnv }[] = [{ name: 'pglite', env: { DATA_DIR: join(scratch, 'data') } }];
if (process.env.DATABASE_URL) targets.push({ name: 'postgres', env: { DATABASE_URL: process.env.DATABASE_URL } });

async function cli(args: string[], env: NodeJS.ProcessEnv, stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await createUser(args, {
    env,
    readStdin: async () => stdin,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

/** Reads what the command wrote, through a connection of the test's own. */
async function inDatabase<T>(env: NodeJS.ProcessEnv, read: (users: UserDirectory, store: PostgresEventStore) => Promise<T>): Promise<T> {
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  const store = await PostgresEventStore.open(database);
  try {
    return await read(new UserDirectory(store, new PasswordHasher()), store);
  } finally {
    await store.close();
    await database.close();
  }
}

describe.each(targets)('cli create-user ($name)', ({ env }) => {
  it('creates a user with roles from a password on stdin, recording the operator', async () => {
    const username = uniqueId('zhang').toLowerCase();
    const args = ['--username', username, '--password-stdin', '--display-name', '张伟', '--department', '区市场监管局',
      '--role', 'departmentReviewer:*', '--role', 'auditor:plan-52'];
    const { code, stdout, stderr } = await cli(args, env, 'correct horse battery\n');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain(`created user ${username}`);
    expect(stdout).toContain('roles departmentReviewer:*, auditor:plan-52');

    await inDatabase(env, async (users, store) => {
      const account = await users.find(username);
      expect(account).toMatchObject({ displayName: '张伟', departmentId: '区市场监管局' });
      expect(account?.grants).toEqual([{ role: 'departmentReviewer', planId: '*' }, { role: 'auditor', planId: 'plan-52' }]);
      await expect(new PasswordHasher().verify('correct horse battery', account?.passwordHash ?? '')).resolves.toBe(true);
      const [registered] = await store.readStream(userStreamId(username));
      expect((registered.data as { actor: string }).actor).toMatch(/^system:cli:/);
    });
  });

  it('exits 1 naming the code when refused, and writes nothing', async () => {
    const username = uniqueId('li').toLowerCase();
    const base = ['--username', username, '--display-name', '李娜'];
    expect((await cli([...base, '--password-stdin'], env, 'correct horse battery')).code).toBe(0);
    const before = await inDatabase(env, (_, store) => store.readStream(userStreamId(username)));

    const duplicate = await cli([...base, '--password', 'another long password'], env);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('ALREADY_EXISTS');

    const other = uniqueId('wang').toLowerCase();
    const shortPassword = await cli(['--username', other, '--display-name', '王芳', '--password-stdin'], env, 'short\n');
    const reviewerWithoutDepartment = await cli(
      ['--username', other, '--display-name', '王芳', '--password-stdin', '--role', 'departmentReviewer:*'], env, 'correct horse battery');
    for (const refused of [shortPassword, reviewerWithoutDepartment]) {
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('BAD_USER_INPUT');
    }

    await inDatabase(env, async (users, store) => {
      expect(await store.readStream(userStreamId(username))).toEqual(before);
      expect(await users.find(other)).toBeUndefined();
    });
  });
});

describe('cli create-user arguments', () => {
  const untouched = join(scratch, 'never-created');

  it.each([
    [['--display-name', '张伟', '--password-stdin'], 'missing --username'],
    [['--username', 'zhang', '--password-stdin'], 'missing --display-name'],
    [['--username', 'zhang', '--display-name', '张伟'], 'exactly one of --password'],
    [['--username', 'zhang', '--display-name', '张伟', '--password', 'x', '--password-stdin'], 'exactly one of --password'],
    [['--username', 'zhang', '--display-name', '张伟', '--password-stdin', '--role', 'editor:*'], 'unknown role'],
    [['--username', 'zhang', '--display-name', '张伟', '--password-stdin', '--role', 'drafter:'], 'names no plan'],
    [['--username', 'zhang', '--display-name', '张伟', '--password-stdin', '--colour'], 'Unknown option'],
  ])('exits 2 with usage for %j, touching no database', async (args, message) => {
    const { code, stderr } = await cli(args, { DATA_DIR: untouched });
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('usage:');
    expect(existsSync(untouched)).toBe(false);
  });

  it('exits 2 on a DATABASE_URL that is not a PostgreSQL URL', async () => {
    const { code, stderr } = await cli(['--username', 'zhang', '--display-name', '张伟', '--password-stdin'], { DATABASE_URL: 'mysql://x' }, 'x');
    expect(code).toBe(2);
    expect(stderr).toContain('DATABASE_URL');
  });

  it('reads a bare role as a grant on every plan', () => {
    const parsed = parseCreateUserArgs(['--username', 'zhang', '--display-name', '张伟', '--password-stdin', '--role', 'admin']);
    expect(parsed).toMatchObject({ grants: [{ role: 'admin', planId: '*' }], password: { from: 'stdin' }, departmentId: null });
  });

  it('runs from npm run cli, reading the password from stdin (the whole process, embedded database)', () => {
    const username = uniqueId('liu').toLowerCase();
    const result = spawnSync(
      process.execPath,
      ['-r', '@swc-node/register', 'apps/cli/src/main.ts', 'create-user', '--username', username, '--display-name', '刘洋',
        '--password-stdin', '--role', 'drafter:*'],
      { cwd: ROOT, input: 'correct horse battery\n', encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: '', DATA_DIR: join(scratch, 'spawned') }, timeout: 60_000 },
    );
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    expect(result.stdout).toContain(`created user ${username}`);
  });
});
