/**
 * The API under load over HTTP (autocannon, 32 connections, from a child process against the server
 * in this process on 127.0.0.1): a document query and an edit mutation, each with throughput and p99. The edit
 * mutation is compared with raw store appends of one event at the same concurrency (ours ÷ raw).
 * Edits go to 32 plans, one per connection, each appending at the end of one clause from the
 * revision it last saw, so every request is accepted (rebased when needed). The edits' text is
 * checked once afterwards.
 */
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
import { loadInChild } from '../support/load';

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

    const base = { url: `${api.url}/graphql`, token, connections: CONNECTIONS, durationSeconds: duration };
    const query = JSON.stringify({ query: `query($id: ID!) { document(planId: $id) { revision nodes { id number title } } }`, variables: { id: planIds[0] } });
    const reads = await loadInChild({ ...base, workload: { kind: 'fixed', body: query } });
    // The floor every operation stands on: HTTP, Nest, Apollo, the token, the rate limit, one resolver.
    const floor = await loadInChild({ ...base, workload: { kind: 'fixed', body: JSON.stringify({ query: '{ serverInfo { database } }' }) } });
    // Each round of edits starts from the plans' revisions as they are then.
    const editLoad = async () => {
      const revision = Math.min(...(await Promise.all(planIds.map(async (id) => (await plans.current(id)).revision))));
      return loadInChild({ ...base, workload: { kind: 'edits', planIds, nodeId: node, revision, insertedText: '改' } });
    };
    // Ours: edits through HTTP + GraphQL + auth + rebase/decide + append. Baseline: raw appends of one
    // event to as many streams at the same concurrency, through the same store.
    const rawAppends = Math.round(duration * 400);
    const result = await alternate(
      async () => (await editLoad()).requestsPerSecond,
      () => throughput(rawAppends, () => appendInParallel(store, CONNECTIONS, rawAppends)),
      { rounds: quick ? 1 : 3, warmup: 0 },
    );
    const edits = await editLoad();
    for (const report of [reads, floor, edits]) {
      if (report.errors > 0) throw new Error(`${report.errors} requests failed, e.g. ${report.sampleFailures.join(' | ')}`);
    }
    const after = await plans.current(planIds[0]);
    const text = after.state.nodes[node].text;
    if (!text.startsWith('改') || after.revision <= 2) throw new Error('the edits did not land: a fast wrong answer');

    return {
      suite: 'api',
      quick,
      db: (process.env.DATABASE_URL ? 'postgres' : 'pglite') as 'postgres' | 'pglite',
      workload: `autocannon ${CONNECTIONS} connections × ${duration} s; document query of the 长寿 plan (${after.state.rootIds.length} top-level nodes); edit mutations spread over ${planIds.length} plans`,
      rows: [
        { name: 'document query', value: reads.requestsPerSecond, unit: 'req/s', note: `p99 ${reads.p99Ms} ms` },
        { name: 'edit mutation', value: edits.requestsPerSecond, unit: 'req/s', note: `p99 ${edits.p99Ms} ms` },
        { name: 'edit vs raw append', value: result.ours / result.baseline, unit: '×', note: `raw store append ${Math.round(result.baseline)}/s at ${CONNECTIONS}` },
        { name: 'smallest query (reference)', value: floor.requestsPerSecond, unit: 'req/s', note: `{ serverInfo } p99 ${floor.p99Ms} ms: the ceiling for any operation` },
      ],
      metrics: {
        query_per_s: reads.requestsPerSecond,
        query_p99_ms: reads.p99Ms,
        edit_per_s: edits.requestsPerSecond,
        edit_p99_ms: edits.p99Ms,
        smallest_query_per_s: floor.requestsPerSecond,
        raw_append_per_s: result.baseline,
      },
      ratios: { edit_vs_raw_append: result.ours / result.baseline, smallest_query_vs_raw_append: floor.requestsPerSecond / result.baseline },
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
