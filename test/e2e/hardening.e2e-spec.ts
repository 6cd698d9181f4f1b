import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { getIntrospectionQuery } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { operatorPrincipal } from '@planledger/domain';
import { uniqueId } from '@planledger/testing';
import { UserDirectory } from '../../apps/api/src/auth/user-directory';
import { DEFAULT_HARDENING, type HardeningConfig } from '../../apps/api/src/graphql/hardening';
import { createApp } from '../../apps/api/src/main';

type Data = Record<string, any>;
interface Answer {
  status: number;
  body: { data?: Data | null; errors?: Array<{ extensions?: { code?: string } }> };
}

/** The API on a free port with the given limits; `post` sends a raw body so size limits can be probed. */
async function startHardenedApi(introspection: boolean, hardening: HardeningConfig) {
  const app: INestApplication = await createApp(
    { port: 0, dataDir: 'memory://', seed: false, seedsDir: join(__dirname, '../../seeds'), introspection },
    { quiet: true, hardening },
  );
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const post = async (body: string, token?: string): Promise<Answer> => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  };
  const graphql = (query: string, variables?: Data, token?: string) => post(JSON.stringify({ query, variables }), token);
  const logIn = async (role: string): Promise<string> => {
    const username = uniqueId(role);
    await app.get(UserDirectory).register(operatorPrincipal('e2e'), {
      username, displayName: role, password: 'correct horse battery', departmentId: null, grants: [{ role: role as never, planId: '*' }],
    }, uniqueId('c'));
    const login = await graphql('mutation($u: String!, $p: String!) { logIn(username: $u, password: $p) { token } }', { u: username, p: 'correct horse battery' });
    return login.body.data!.logIn.token as string;
  };
  /** One operation over graphql-ws: its first result, or what the server refused it with. */
  const overSocket = async (query: string, variables?: Data, token?: string): Promise<unknown> => {
    const client = createClient({
      url: `ws://127.0.0.1:${port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    });
    try {
      return await new Promise<unknown>((resolve) => {
        client.subscribe({ query, variables }, { next: resolve, error: resolve, complete: () => resolve('complete') });
      });
    } finally {
      await client.dispose();
    }
  };
  return { app, post, graphql, logIn, overSocket };
}

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

describe('a hardened API, over HTTP', () => {
  // Tight limits so that small queries cross them. The bucket refills one operation every
  // ~17 minutes: nothing refills while the suite runs, so counts are exact without a clock.
  const limits: HardeningConfig = { ...DEFAULT_HARDENING, maxQueryDepth: 3, maxQueryComplexity: 100, rateLimit: { perSecond: 0.001, burst: 10 } };
  let api: Awaited<ReturnType<typeof startHardenedApi>>;
  let reader: string;
  let writer: string;
  const planId = uniqueId('plan');

  beforeAll(async () => {
    api = await startHardenedApi(true, limits);
    reader = await api.logIn('auditor');
    writer = await api.logIn('drafter');
    const created = await api.graphql('mutation($i: CreatePlanInput!) { createPlan(input: $i) { revision } }', {
      i: { planId, title: '质量强区建设实施方案', commandId: uniqueId('c') },
    }, writer);
    expect(created.body.errors).toBeUndefined();
  });
  afterAll(() => api.app.close());

  it('refuses a query nested past the depth limit and serves one at it', async () => {
    const atLimit = await api.graphql('query($id: ID!) { document(planId: $id) { nodes { title } } }', { id: planId }, reader);
    expect(atLimit.body.errors).toBeUndefined();
    const tooDeep = await api.graphql('query($id: ID!) { document(planId: $id) { nodes { targets { indicator } } } }', { id: planId }, reader);
    expect(tooDeep.status).toBe(400);
    expect(codeOf(tooDeep)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(tooDeep.body.data).toBeUndefined();
  });

  it('refuses a query whose page size makes it too costly and serves a smaller page', async () => {
    const page = (first: number) => api.graphql(`query($id: ID!) { history(planId: $id, first: ${first}) { entries { revision actor } } }`, { id: planId }, reader);
    expect((await page(20)).body.errors).toBeUndefined();
    const tooComplex = await page(60);
    expect(tooComplex.status).toBe(400);
    expect(codeOf(tooComplex)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers the standard introspection query whatever the depth and complexity limits', async () => {
    const introspection = await api.graphql(getIntrospectionQuery());
    expect(introspection.body.errors).toBeUndefined();
    expect(introspection.body.data!.__schema.queryType.name).toBe('Query');
  });

  it('refuses a 2 MiB body with 413 and accepts one of 200 KiB, above Express’s default limit', async () => {
    const withPadding = (bytes: number) => JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(bytes) } });
    const tooLarge = await api.post(withPadding(2 * 1024 * 1024));
    expect(tooLarge.status).toBe(413);
    expect(codeOf(tooLarge)).toBe('BAD_USER_INPUT');
    const large = await api.post(withPadding(200 * 1024));
    expect(large.status).toBe(200);
    expect(large.body.data).toEqual({ __typename: 'Query' });
  });

  it('refuses a user past the burst with RATE_LIMITED, runs nothing, and leaves other users alone', async () => {
    const readPlan = async () => (await api.graphql('query($id: ID!) { plan(id: $id) { title revision } }', { id: planId }, reader)).body.data;
    const before = await readPlan();

    const answers: Answer[] = [];
    do {
      answers.push(await api.graphql('{ __typename }', undefined, writer));
    } while (codeOf(answers.at(-1)!) === undefined && answers.length <= limits.rateLimit.burst);
    // createPlan took the first token of the writer's burst; logging in was charged to the address.
    expect(answers.length).toBe(limits.rateLimit.burst);
    expect(answers.slice(0, -1).every((answer) => answer.status === 200 && answer.body.errors === undefined)).toBe(true);
    expect(codeOf(answers.at(-1)!)).toBe('RATE_LIMITED');

    const refused = await api.graphql('mutation($i: SetMetadataInput!) { setMetadata(input: $i) { revision } }', {
      i: { planId, expectedRevision: before!.plan.revision, commandId: uniqueId('c'), title: '已被限流的标题' },
    }, writer);
    expect(refused.status).toBe(429);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.body.data).toBeUndefined();
    expect(await readPlan()).toEqual(before);
  });
});

describe('a hardened API, over graphql-ws', () => {
  const limits: HardeningConfig = { ...DEFAULT_HARDENING, maxQueryDepth: 3, maxQueryComplexity: 100, rateLimit: { perSecond: 0.001, burst: 10 } };
  let api: Awaited<ReturnType<typeof startHardenedApi>>;
  let writer: string;
  const planId = uniqueId('plan');

  beforeAll(async () => {
    api = await startHardenedApi(true, limits);
    writer = await api.logIn('drafter');
    await api.graphql('mutation($i: CreatePlanInput!) { createPlan(input: $i) { revision } }', {
      i: { planId, title: '质量强区建设实施方案', commandId: uniqueId('c') },
    }, writer);
  });
  afterAll(() => api.app.close());

  it('applies the depth limit to queries sent over the socket', async () => {
    const atLimit = await api.overSocket('query($id: ID!) { document(planId: $id) { nodes { title } } }', { id: planId }, writer);
    expect(atLimit).toMatchObject({ data: { document: { nodes: expect.any(Array) } } });
    const tooDeep = await api.overSocket('query($id: ID!) { document(planId: $id) { nodes { targets { indicator } } } }', { id: planId }, writer);
    expect(JSON.stringify(tooDeep)).toMatch(/depth/i);
    expect(tooDeep).not.toHaveProperty('data');
  });

  it('charges operations over the socket to the same bucket and refuses past the burst, writing nothing', async () => {
    // createPlan took the first token of the writer's burst and the depth test one more (the query
    // refused by validation ran nothing and was not charged).
    const answers: unknown[] = [];
    do {
      answers.push(await api.overSocket('{ serverInfo { database } }', undefined, writer));
    } while (!JSON.stringify(answers.at(-1)).includes('RATE_LIMITED') && answers.length <= limits.rateLimit.burst);
    // Two tokens taken before, eight served, the next refused.
    expect(answers.length).toBe(limits.rateLimit.burst - 1);
    expect(answers.slice(0, -1)).toEqual(Array(answers.length - 1).fill({ data: { serverInfo: { database: 'pglite' } } }));

    const refused = await api.overSocket('mutation($i: SetMetadataInput!) { setMetadata(input: $i) { revision } }', {
      i: { planId, expectedRevision: 1, commandId: uniqueId('c'), title: '已被限流的标题' },
    }, writer);
    expect(JSON.stringify(refused)).toContain('RATE_LIMITED');
    const auditor = await api.logIn('auditor');
    const plan = await api.graphql('query($id: ID!) { plan(id: $id) { title revision } }', { id: planId }, auditor);
    expect(plan.body.data).toEqual({ plan: { title: '质量强区建设实施方案', revision: 1 } });
  });
});

describe('introspection, when turned off, over HTTP', () => {
  let api: Awaited<ReturnType<typeof startHardenedApi>>;

  beforeAll(async () => {
    api = await startHardenedApi(false, DEFAULT_HARDENING);
  });
  afterAll(() => api.app.close());

  it('refuses introspection queries and still answers others', async () => {
    expect(codeOf(await api.graphql('{ __schema { queryType { name } } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(codeOf(await api.graphql('{ __type(name: "Plan") { name } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await api.graphql('{ __typename serverInfo { database } }')).body.data).toEqual({ __typename: 'Query', serverInfo: { database: 'pglite' } });
    expect(JSON.stringify(await api.overSocket('{ __schema { queryType { name } } }'))).toMatch(/introspection/i);
    expect(await api.overSocket('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  });
});
