import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { operatorPrincipal } from '@planledger/domain';
import { eventually, uniqueId } from '@planledger/testing';
import { UserDirectory } from '../../apps/api/src/auth/user-directory';
import { startApi, type RunningApi } from '../support/api';

type Data = Record<string, any>;

/** Collaborators see each other's edits live: a subscription over graphql-ws, an edit over HTTP. */
describe('live plan changes over graphql-ws', () => {
  let api: RunningApi;
  let client: Client;
  let token = '';

  beforeAll(async () => {
    api = await startApi({ seed: false });
    const username = uniqueId('drafter');
    await api.app.get(UserDirectory).register(
      operatorPrincipal('e2e'),
      { username, displayName: 'drafter', password: 'correct horse battery', departmentId: null, grants: [{ role: 'drafter', planId: '*' }] },
      uniqueId('c'),
    );
    const login = await api.graphql<Data>(`mutation($u: String!) { logIn(username: $u, password: "correct horse battery") { token } }`, { u: username });
    token = login.data!.logIn.token;
    client = createClient({
      url: api.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
    });
  });
  afterAll(async () => {
    await client.dispose();
    await api.close();
  });

  it('delivers each change of the plan to a subscriber, in order, and nothing of other plans', async () => {
    const planId = uniqueId('plan');
    const other = uniqueId('plan');
    const received: Data[] = [];
    const errors: unknown[] = [];
    const unsubscribe = client.subscribe<Data>(
      { query: `subscription($id: ID!) { planChanged(planId: $id) { planId revision type actor } }`, variables: { id: planId } },
      { next: (message) => received.push(message.data!.planChanged), error: (e) => errors.push(e), complete: () => undefined },
    );
    // The subscription is live once a change made after subscribing arrives; create until it does.
    const create = (id: string) =>
      api.graphql(`mutation($i: CreatePlanInput!) { createPlan(input: $i) { revision } }`, { i: { planId: id, title: '实施方案', commandId: uniqueId('c') } }, token);
    await eventually(async () => {
      await create(other);
      await create(planId);
      return received.length > 0 ? true : undefined;
    });
    await api.graphql(`mutation($i: SetMetadataInput!) { setMetadata(input: $i) { revision } }`, {
      i: { planId, expectedRevision: 1, commandId: uniqueId('c'), title: '质量强区建设实施方案' },
    }, token);
    await eventually(() => (received.some((r) => r.type === 'MetadataSet') ? true : undefined));
    unsubscribe();
    expect(errors).toEqual([]);
    expect(received.every((r) => r.planId === planId)).toBe(true);
    expect(received.map((r) => r.type)).toEqual(['PlanCreated', 'MetadataSet']);
    expect(received.map((r) => r.revision)).toEqual([1, 2]);
  });

  it('refuses a subscription without a login', async () => {
    const anonymous = createClient({ url: api.url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket });
    const outcome = await new Promise<unknown>((resolve) => {
      anonymous.subscribe({ query: `subscription { planChanged(planId: "x") { type } }` }, { next: resolve, error: resolve, complete: () => resolve('complete') });
    });
    await anonymous.dispose();
    expect(JSON.stringify(outcome)).toContain('UNAUTHENTICATED');
  });
});
