import { randomUUID } from 'node:crypto';
import { isAllowed, operatorPrincipal, type Action, type UserPrincipal } from '@planledger/domain';
import type { Database } from '@planledger/event-store';
import { uniqueId } from '@planledger/testing';
import { UserDirectory } from '../../apps/api/src/auth/user-directory';
import { DATABASE } from '../../apps/api/src/database/database.module';
import { DEFAULT_HARDENING } from '../../apps/api/src/graphql/hardening';
import { createScratchDatabase, type ScratchDatabase } from '../../libs/event-store/src/postgres/testing/scratch-database';
import { startApi, type RunningApi } from '../support/api';

type Data = Record<string, any>;
interface TypeRef { kind: string; name: string | null; ofType: TypeRef | null }
interface InputField { name: string; type: TypeRef }

const ROLES = ['drafter', 'departmentReviewer', 'auditor', 'admin'] as const;
/** Mutations anyone may call: they authenticate rather than authorize. */
const PUBLIC = new Set(['logIn']);

/**
 * Every mutation of the served schema × every role, over HTTP: a refusal is FORBIDDEN exactly where
 * ACCESS_MATRIX says so (UNAUTHENTICATED for anonymous callers), and writes nothing — the whole
 * log is counted before and after. Inputs point at a real plan in an open round, so allowed calls
 * get past authorization (they may still be refused for their content, which is not FORBIDDEN).
 */
const targets = [{ name: 'pglite', serverUrl: undefined as string | undefined }];
if (process.env.DATABASE_URL) targets.push({ name: 'postgres', serverUrl: process.env.DATABASE_URL });

describe.each(targets)('who may do what, over HTTP: every mutation × every role ($name)', ({ serverUrl }) => {
  let api: RunningApi;
  // On PostgreSQL a database of its own: the whole log is counted, and other suites write too.
  let scratch: ScratchDatabase | undefined;
  let database: Database;
  const tokens: Record<string, string> = {};
  const principals: Record<string, UserPrincipal> = {};
  const planId = uniqueId('plan');
  const department = '区市场监管局';
  let roundId = '';
  let nodeId = '';
  let commentId = '';
  let mutations: Array<{ name: string; inputType: string | undefined; input: InputField[] }> = [];

  const countEvents = async () => Number((await database.pool.query('SELECT count(*)::int AS n FROM event_store.events')).rows[0].n);
  const planRevision = async () => (await api.graphql<Data>(`query($id: ID!) { plan(id: $id) { revision } }`, { id: planId }, tokens.admin)).data!.plan.revision as number;

  beforeAll(async () => {
    scratch = serverUrl ? await createScratchDatabase(serverUrl) : undefined;
    api = await startApi({ databaseUrl: scratch?.url, seed: false, hardening: { ...DEFAULT_HARDENING, rateLimit: { perSecond: 1e9, burst: 1e9 } } });
    database = api.app.get(DATABASE);
    const users = api.app.get(UserDirectory);
    for (const role of ROLES) {
      const username = uniqueId(role.toLowerCase());
      const view = await users.register(operatorPrincipal('e2e'), {
        username, displayName: role, password: 'correct horse battery', departmentId: department, grants: [{ role, planId: '*' }],
      }, uniqueId('c'));
      principals[role] = { kind: 'user', userId: view.userId, username, departmentId: department, grants: view.grants };
      tokens[role] = (await api.graphql<Data>(`mutation($u: String!) { logIn(username: $u, password: "correct horse battery") { token } }`, { u: username })).data!.logIn.token;
    }
    const as = (query: string, variables: Data) => api.graphql<Data>(query, variables, tokens.admin);
    await as(`mutation($i: CreatePlanInput!) { createPlan(input: $i) { revision } }`, { i: { planId, title: '实施方案', commandId: uniqueId('c') } });
    await as(`mutation($i: ImportPlanTextInput!) { importPlanText(input: $i) { revision } }`, {
      i: { planId, expectedRevision: 1, commandId: uniqueId('c'), sourceLabel: 't', text: '一、重点任务\n1. 增强产业基础质量支撑。加快进程。（责任单位：区市场监管局）' },
    });
    nodeId = (await as(`query($id: ID!) { document(planId: $id) { nodes { id kind } } }`, { id: planId })).data!.document.nodes.find((n: Data) => n.kind === 'item').id;
    await as(`mutation($i: StageChangeInput!) { startConsultation(input: $i) { revision } }`, { i: { planId, expectedRevision: 2, commandId: uniqueId('c') } });
    roundId = (await as(`mutation($i: OpenRoundInput!) { openRound(input: $i) { streamId } }`, {
      i: { planId, documentType: 'normativeDocument', invitedDepartmentIds: [department], deadline: '2099-12-31', commandId: uniqueId('c') },
    })).data!.openRound.streamId;
    commentId = uniqueId('comment');
    await as(`mutation($i: SubmitCommentInput!) { submitComment(input: $i) { written } }`, {
      i: { roundId, departmentId: department, commandId: uniqueId('c'), commentId, nodeId, text: '建议' },
    });
    const schema = await as(`{ __schema { mutationType { fields { name args { name type { ...T } } } } } }
      fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`, {});
    const inputTypes = new Map<string, InputField[]>();
    const typeQuery = `query($n: String!) { __type(name: $n) { inputFields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }`;
    mutations = [];
    for (const field of schema.data!.__schema.mutationType.fields as Data[]) {
      if (PUBLIC.has(field.name)) continue;
      const inputArg = (field.args as Data[]).find((a) => a.name === 'input');
      const typeName = inputArg ? namedType(inputArg.type) : undefined;
      if (typeName && !inputTypes.has(typeName)) inputTypes.set(typeName, (await as(typeQuery, { n: typeName })).data!.__type.inputFields);
      mutations.push({ name: field.name, inputType: typeName, input: typeName ? inputTypes.get(typeName)! : [] });
    }
  });
  afterAll(async () => {
    await api.close();
    await scratch?.drop();
  });

  function valueFor(field: InputField, revision: number): unknown {
    const known: Record<string, unknown> = {
      planId, roundId, nodeId, commentId, departmentId: department, commandId: randomUUID(), expectedRevision: revision,
      username: principals.drafter.username, role: 'drafter', disposition: 'adopted', documentType: 'normativeDocument',
      deadline: '2099-12-31', documentNumber: '沙府发〔2023〕52号', issuedOn: '2023-12-25', kind: 'item', toKind: 'item',
      replyId: randomUUID(), password: 'another horse battery', units: ['区科技局'], invitedDepartmentIds: [department],
    };
    if (field.name in known) return known[field.name];
    const named = namedType(field.type);
    if (field.type.kind !== 'NON_NULL') return undefined;
    if (unwrapList(field.type)) return [];
    return named === 'Int' ? 0 : named === 'Boolean' ? false : `x-${randomUUID().slice(0, 6)}`;
  }

  it('refuses exactly what ACCESS_MATRIX forbids, and a refusal writes nothing', async () => {
    expect(mutations.length).toBeGreaterThan(25);
    const outcomes: string[] = [];
    for (const mutation of mutations) {
      const action = (mutation.name[0].toUpperCase() + mutation.name.slice(1)) as Action;
      for (const who of [...ROLES, 'anonymous'] as const) {
        const revision = await planRevision();
        const input = Object.fromEntries(mutation.input.map((f) => [f.name, valueFor(f, revision)]).filter(([, v]) => v !== undefined));
        const before = await countEvents();
        const response = await api.graphql<Data>(
          mutation.inputType
            ? `mutation($i: ${mutation.inputType}!) { ${mutation.name}(input: $i) { __typename } }`
            : `mutation { ${mutation.name} { __typename } }`,
          mutation.inputType ? { i: input } : undefined,
          who === 'anonymous' ? undefined : tokens[who],
        );
        const code = response.errors?.[0]?.extensions?.code;
        const resource = { planId, departmentId: department };
        const expected = who === 'anonymous' ? 'UNAUTHENTICATED' : isAllowed(principals[who], action, resource) ? 'allowed' : 'FORBIDDEN';
        // A request the schema rejects never reaches authorization: it would prove nothing.
        if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_REQUEST') outcomes.push(`${mutation.name}: malformed test input`);
        const actual = code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? code : 'allowed';
        if (actual !== 'allowed') expect(await countEvents()).toBe(before);
        outcomes.push(`${mutation.name} × ${who}: ${actual}${actual === expected ? '' : ` (expected ${expected})`}`);
      }
    }
    expect(outcomes.filter((o) => o.includes('expected') || o.includes('malformed'))).toEqual([]);
    // Drafters and reviewers meet both answers; an auditor writes nothing at all.
    for (const who of ['drafter', 'departmentReviewer']) {
      expect(outcomes.filter((o) => o.includes(`× ${who}: FORBIDDEN`)).length).toBeGreaterThan(0);
      expect(outcomes.filter((o) => o.includes(`× ${who}: allowed`)).length).toBeGreaterThan(0);
    }
    expect(outcomes.filter((o) => o.includes('× auditor: allowed'))).toEqual([]);
  });
});

function unwrapList(type: TypeRef): boolean {
  let t: TypeRef | null = type;
  while (t) {
    if (t.kind === 'LIST') return true;
    t = t.ofType;
  }
  return false;
}

function namedType(type: TypeRef): string {
  let t: TypeRef | null = type;
  while (t && !t.name) t = t.ofType;
  return t?.name ?? '';
}
