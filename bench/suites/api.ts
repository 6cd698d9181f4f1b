/**
 * The API under load over HTTP (autocannon, 32 connections, in this process against a server on
 * 127.0.0.1): a document query and an edit mutation, each with throughput and p99. The edit
 * mutation is compared with raw store appends of one event at the same concurrency (ours ÷ raw).
 * Edits go to 32 plans, one per connection, each appending at the end of one clause from the
 * revision it last saw, so every request is accepted (rebased when needed). The edits' text is
 * checked once afterwards.
 */
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { operatorPrincipal } from '@planledger/domain';
import { NewEvent, PostgresEventStore } from '@planledger/event-store';
import { UserDirectory } from '../../apps/api/src/auth/user-directory';
import { EVENT_STORE } from '../../apps/api/src/event-log/event-log.module';
import { PlanCommandsService } from '../../apps/api/src/plans/plan-commands.service';
import { DEFAULT_HARDENING } from '../../apps/api/src/graphql/hardening';
import { startApi } from '../../test/support/api';
import { alternate, Suite, throughput } from '../harness';

const CONNECTIONS = 32;
const SEED = readFileSync(join(__dirname, '../../seeds/001_7914db94b213197e.txt'), 'utf8');

export const run: Suite = async ({ quick }) => {
  const api = await startApi({ databaseUrl: process.env.DATABASE_URL, seed: false, hardening: { ...DEFAULT_HARDENING, rateLimit: { perSecond: 1e9, burst: 1e9 } } });
  try {
    const store = api.app.get<PostgresEventStore>(EVENT_STORE);
    const plans = api.app.get(PlanCommandsService);
    const token = await logIn(api);
    const planIds = await preparePlans(api, token);
    const node = (await plans.current(planIds[0])).state.rootIds.find(() => true)!;
    const duration = quick ? 4 : 10;

    const query = JSON.stringify({ query: `query($id: ID!) { document(planId: $id) { revision nodes { id number title } } }`, variables: { id: planIds[0] } });
    const reads = await load(api.url, token, duration, () => query);

    // Like a client: each edit is based on the latest revision of its plan this client has seen.
    let counter = 0;
    const seen = new Map<string, number>(planIds.map((id) => [id, 2]));
    const edit = () => {
      const planId = planIds[counter++ % planIds.length];
      return JSON.stringify({
        query: `mutation($i: EditNodeTextInput!) { editNodeText(input: $i) { planId revision } }`,
        variables: { i: { planId, expectedRevision: seen.get(planId), commandId: randomUUID(), nodeId: node, offset: 0, deleteCount: 0, insertedText: '改' } },
      });
    };
    const saw = (body: string) => {
      const result = (JSON.parse(body) as { data?: { editNodeText?: { planId: string; revision: number } } }).data?.editNodeText;
      if (result) seen.set(result.planId, Math.max(seen.get(result.planId) ?? 0, result.revision));
    };
    // Ours: edits through HTTP + GraphQL + auth + rebase/decide + append. Baseline: raw appends of one
    // event to as many streams at the same concurrency, through the same store.
    const rawAppends = Math.round(duration * 400);
    const result = await alternate(
      async () => (await load(api.url, token, duration, edit, saw)).requests.average,
      () => throughput(rawAppends, () => appendInParallel(store, CONNECTIONS, rawAppends)),
      { rounds: quick ? 1 : 3, warmup: 0 },
    );
    const edits = await load(api.url, token, duration, edit, saw);
    const after = await plans.current(planIds[0]);
    const text = after.state.nodes[node].text;
    if (!text.startsWith('改') || after.revision <= 2) throw new Error('the edits did not land: a fast wrong answer');

    return {
      suite: 'api',
      quick,
      db: (process.env.DATABASE_URL ? 'postgres' : 'pglite') as 'postgres' | 'pglite',
      workload: `autocannon ${CONNECTIONS} connections × ${duration} s; document query of the 长寿 plan (${after.state.rootIds.length} top-level nodes); edit mutations spread over ${planIds.length} plans`,
      rows: [
        { name: 'document query', value: reads.requests.average, unit: 'req/s', note: `p99 ${reads.latency.p99} ms` },
        { name: 'edit mutation', value: edits.requests.average, unit: 'req/s', note: `p99 ${edits.latency.p99} ms` },
        { name: 'edit vs raw append', value: result.ours / result.baseline, unit: '×', note: `raw store append ${Math.round(result.baseline)}/s at ${CONNECTIONS}` },
      ],
      metrics: {
        query_per_s: reads.requests.average,
        query_p99_ms: reads.latency.p99,
        edit_per_s: edits.requests.average,
        edit_p99_ms: edits.latency.p99,
        raw_append_per_s: result.baseline,
        errors: reads.errors + edits.errors + reads.non2xx + edits.non2xx,
      },
      ratios: { edit_vs_raw_append: result.ours / result.baseline },
    };
  } finally {
    await api.close();
  }
};

async function logIn(api: Awaited<ReturnType<typeof startApi>>): Promise<string> {
  const username = `bench-${randomUUID().slice(0, 8)}`;
  await api.app.get(UserDirectory).register(
    operatorPrincipal('bench'),
    { username, displayName: 'bench', password: 'correct horse battery', departmentId: null, grants: [{ role: 'drafter', planId: '*' }] },
    randomUUID(),
  );
  const { data } = await api.graphql<{ logIn: { token: string } }>(`mutation($u: String!) { logIn(username: $u, password: "correct horse battery") { token } }`, { u: username });
  return data!.logIn.token;
}

async function preparePlans(api: Awaited<ReturnType<typeof startApi>>, token: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    const planId = `bench-${randomUUID().slice(0, 8)}`;
    await api.graphql(`mutation($i: CreatePlanInput!) { createPlan(input: $i) { revision } }`, { i: { planId, title: '实施方案', commandId: randomUUID() } }, token);
    await api.graphql(`mutation($i: ImportPlanTextInput!) { importPlanText(input: $i) { revision } }`, { i: { planId, expectedRevision: 1, commandId: randomUUID(), text: SEED, sourceLabel: 'seed' } }, token);
    ids.push(planId);
  }
  return ids;
}

function load(url: string, token: string, duration: number, body: () => string, onBody?: (body: string) => void): Promise<autocannon.Result> {
  return autocannon({
    url: `${url}/graphql`,
    connections: CONNECTIONS,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [{ setupRequest: (request) => ({ ...request, body: body() }), ...(onBody ? { onResponse: (_status: number, responseBody: string) => onBody(responseBody) } : {}) }],
  });
}

async function appendInParallel(store: PostgresEventStore, concurrency: number, total: number): Promise<void> {
  let next = 0;
  const event = (): NewEvent => ({ id: randomUUID(), type: 'BenchAppended', data: { text: '改' } });
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const stream = `bench-raw-${randomUUID()}`;
      while (next++ < total) await store.append(stream, 'any', [event()]);
    }),
  );
}
