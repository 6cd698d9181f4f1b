/**
 * domain: the plan stream's pure code on real data.
 *
 * 1. Seed import, each seed: parse + decide (CreatePlan, ImportPlanText) + fold, against parsing
 *    alone (the baseline), in ms. Checked once: the folded plan renders the parsed document, with
 *    the same numbers (numberNodes) as parsing gives.
 * 2. Replay of one plan with 100,000 editing events (quick: 20,000), appended once per run through
 *    the store in batches: ours reads the stream (readStream, pages of 10,000) + upcasts + folds
 *    (foldPlan, as FoldedStreams does); the baseline is the same readStream pages alone. Checked
 *    once: the replayed state equals the state folded while generating.
 * 3. In memory, the same events folded by foldPlan against evolve called event by event (each call
 *    copies the maps it touches: what every fold cost before foldPlan).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { numberNodes, parseDocument } from '@planledger/documents';
import { decide, evolve, foldPlan, initialState, toDocument, upcastPlanEvent, type PlanState } from '@planledger/domain';
import { openDatabase, PostgresEventStore, type StoredEvent } from '@planledger/event-store';
import { appendLongPlan, generateLongPlan, SEEDS_DIR, type LongPlan } from '../../apps/api/src/history/testing/long-plan';
import { alternate, Suite, SuiteResult, throughput } from '../harness';

const SEEDS = { shapingba: '000_742c0bb3951157b4.txt', changshou: '001_7914db94b213197e.txt' };
const READ_PAGE = 10_000;
const AT = '2024-03-20T09:00:00+08:00';

export const run: Suite = async ({ quick }) => {
  const size = quick ? { edits: 20_000, rounds: 3, importRounds: 5 } : { edits: 100_000, rounds: 5, importRounds: 15 };
  const url = process.env.DATABASE_URL;
  const db = await openDatabase(url ? { url, poolSize: 4 } : { dataDir: 'memory://' });
  const store = await PostgresEventStore.open(db);
  try {
    const rows: SuiteResult['rows'] = [];
    const metrics: Record<string, number> = {};
    const ratios: Record<string, number> = {};

    for (const [name, file] of Object.entries(SEEDS)) {
      const text = readFileSync(join(SEEDS_DIR, file), 'utf8');
      checkImport(text);
      const times = await alternate(() => elapsedMs(() => importSeed(text)), () => elapsedMs(() => parseDocument(text)), {
        rounds: size.importRounds,
        warmup: 2,
      });
      rows.push({ name: `import ${name}`, value: times.ours, unit: 'ms', note: `parse alone ${times.baseline.toFixed(2)} ms` });
      metrics[`import_${name}_ms`] = times.ours;
      metrics[`parse_${name}_ms`] = times.baseline;
      ratios[`parse_share_of_import_${name}`] = times.baseline / times.ours;
    }

    const plan = generateLongPlan(size.edits);
    const appendStart = process.hrtime.bigint();
    await appendLongPlan(store, plan);
    const appendMs = Number(process.hrtime.bigint() - appendStart) / 1e6;
    checkReplay(plan, await replay(store, plan));
    const count = plan.events.length;
    const replays = await alternate(
      () => throughput(count, async () => void (await replay(store, plan))),
      () => throughput(count, async () => void (await readAll(store, plan))),
      { rounds: size.rounds },
    );
    rows.push({ name: 'replay (read+upcast+fold)', value: replays.ours, unit: 'events/s', note: `readStream alone ${Math.round(replays.baseline)}/s` });
    metrics.replay_events_per_s = replays.ours;
    metrics.read_stream_events_per_s = replays.baseline;
    ratios.replay_vs_read_stream = replays.ours / replays.baseline;

    const folds = await alternate(
      () => throughput(count, async () => void foldPlan(initialState(), plan.events)),
      () => throughput(count, async () => void plan.events.reduce(evolve, initialState())),
      { rounds: size.rounds },
    );
    rows.push({ name: 'fold in memory', value: folds.ours, unit: 'events/s', note: `evolve one by one ${Math.round(folds.baseline)}/s` });
    metrics.fold_events_per_s = folds.ours;
    metrics.evolve_each_events_per_s = folds.baseline;
    ratios.fold_speedup_vs_evolve_each = folds.ours / folds.baseline;
    metrics.append_events_per_s = count / (appendMs / 1000);
    rows.push({ name: 'append (setup, once)', value: metrics.append_events_per_s, unit: 'events/s', note: 'batches of 2,000' });

    const nodes = Object.keys(plan.finalState.nodes).length;
    const bytes = Math.round(JSON.stringify(plan.events.slice(-1000)).length / 1000);
    const workload =
      `seed import ×${size.importRounds} each; replay of one plan with ${count.toLocaleString('en-US')} events ` +
      `(the 沙坪坝 seed + ${size.edits.toLocaleString('en-US')} edits: ~80% text edits, units, moves, inserts/deletes, level changes, + a tag; ` +
      `${nodes} nodes at the end, ~${bytes} B/event), readStream pages of ${READ_PAGE.toLocaleString('en-US')}; ` +
      `${size.rounds} alternating rounds after warm-up, medians`;
    return { suite: 'domain', quick, db: db.kind, workload, rows, metrics, ratios };
  } finally {
    await store.close();
    await db.close();
  }
};

function importSeed(text: string): PlanState {
  const { document, normalizations } = parseDocument(text);
  const meta = { planId: 'bench-seed', actor: 'system:seed', at: AT };
  let state = initialState();
  state = foldPlan(state, decide({ type: 'CreatePlan', data: { ...meta, title: document.metadata.title ?? 'seed' } }, state));
  const importing = { ...meta, expectedRevision: 1, document, normalizations, sourceLabel: 'seed' };
  return foldPlan(state, decide({ type: 'ImportPlanText', data: importing }, state));
}

/** A fast wrong import must not win: the plan renders what was parsed, numbers included. */
function checkImport(text: string): void {
  const { document } = parseDocument(text);
  const folded = toDocument(importSeed(text));
  if (!isDeepStrictEqual(folded, document)) throw new Error('the imported plan differs from the parsed document');
  const [ours, parsed] = [numberNodes(folded), numberNodes(document)];
  if ([...parsed].some(([id, number]) => ours.get(id) !== number)) throw new Error('the imported plan numbers its nodes differently');
}

async function readAll(store: PostgresEventStore, plan: LongPlan): Promise<StoredEvent[][]> {
  const pages: StoredEvent[][] = [];
  for (let from = 0; from < plan.events.length; from += READ_PAGE) {
    pages.push(await store.readStream(plan.streamId, { fromRevision: from, maxCount: READ_PAGE }));
  }
  return pages;
}

async function replay(store: PostgresEventStore, plan: LongPlan): Promise<PlanState> {
  let state = initialState();
  for (let from = 0; from < plan.events.length; from += READ_PAGE) {
    const page = await store.readStream(plan.streamId, { fromRevision: from, maxCount: READ_PAGE });
    state = foldPlan(state, page.map(upcastPlanEvent));
  }
  return state;
}

function checkReplay(plan: LongPlan, replayed: PlanState): void {
  if (replayed.revision !== plan.events.length || !isDeepStrictEqual(replayed, plan.finalState)) {
    throw new Error('replaying the stream does not give the state folded while generating it');
  }
}

async function elapsedMs(work: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

