/**
 * history: time travel and blame on one plan with 100,000 editing events (quick: 20,000).
 *
 * The plan is appended once per run through the store in batches, then loaded once as the app
 * does on first use (FoldedStreams: folds it and writes a snapshot every 500 events). Ours is
 * PlanHistory.documentAt at random revisions (latest snapshot at or before the revision + at most
 * ~500 events read and folded + toDocument), reported as p50/p99 ms; the baseline is the same
 * document folded from revision 0 (readStream of every event up to the revision + foldPlan +
 * toDocument), for a few samples, alternating with ours. Also: documentAt by instant and by
 * version name (a tag of the middle revision), and blame at the last revision (which replays
 * from the start by design).
 * Checked once: documents at sampled revisions equal folding the generated events up to them.
 */
import { isDeepStrictEqual } from 'node:util';
import { foldPlan, initialState, toDocument, upcastPlanEvent, type PlanState } from '@planledger/domain';
import { openDatabase, PostgresEventStore } from '@planledger/event-store';
import { FoldedStreams, SNAPSHOT_EVERY } from '../../apps/api/src/commands/folded-streams';
import { PlanHistory } from '../../apps/api/src/history/plan-history';
import { appendLongPlan, generateLongPlan, LONG_PLAN_TAG, stateFromStart, type LongPlan } from '../../apps/api/src/history/testing/long-plan';
import { PLAN_FOLDER } from '../../apps/api/src/plans/plan-commands.service';
import { median, percentile, Suite, SuiteResult } from '../harness';
import { seededPick } from '../../libs/domain/src/history/testing/edit-workload';

const READ_PAGE = 10_000;

export const run: Suite = async ({ quick }) => {
  const size = quick
    ? { edits: 20_000, travels: 200, baselines: 3, blames: 2 }
    : { edits: 100_000, travels: 1_000, baselines: 5, blames: 3 };
  const url = process.env.DATABASE_URL;
  const db = await openDatabase(url ? { url, poolSize: 4 } : { dataDir: 'memory://' });
  const store = await PostgresEventStore.open(db);
  try {
    const plan = generateLongPlan(size.edits);
    await appendLongPlan(store, plan);
    const firstLoadMs = await elapsedMs(() => new FoldedStreams(store, PLAN_FOLDER).load(plan.streamId));
    const history = new PlanHistory(store);
    const count = plan.events.length;
    const pick = seededPick(7);
    const randomRevision = () => 1 + pick(count);
    await checkTravel(history, plan, [1, 2, SNAPSHOT_EVERY, SNAPSHOT_EVERY + 1, randomRevision(), randomRevision(), count]);

    for (let i = 0; i < 20; i++) await history.documentAt(plan.planId, { revision: randomRevision() });
    const travels: number[] = [];
    const baselines: number[] = [];
    const perBaseline = Math.ceil(size.travels / size.baselines);
    for (let round = 0; round < size.baselines; round++) {
      // Alternate: a run of ours, then one baseline sample at a random revision of the upper half.
      for (let i = 0; i < perBaseline; i++) travels.push(await elapsedMs(() => history.documentAt(plan.planId, { revision: randomRevision() })));
      const revision = Math.ceil(count / 2) + pick(Math.floor(count / 2));
      baselines.push(await elapsedMs(() => documentFromStart(store, plan, revision)));
    }

    const instants = (await store.readStream(plan.streamId, { fromRevision: 0, maxCount: count })).map((event) => event.createdAt);
    const byInstant: number[] = [];
    for (let i = 0; i < 20; i++) byInstant.push(await elapsedMs(() => history.documentAt(plan.planId, { at: instants[pick(instants.length)] })));
    const byVersion: number[] = [];
    for (let i = 0; i < 20; i++) byVersion.push(await elapsedMs(() => history.documentAt(plan.planId, { version: LONG_PLAN_TAG })));
    const blames: number[] = [];
    for (let i = 0; i < size.blames; i++) blames.push(await elapsedMs(() => history.blameAt(plan.planId, { revision: count })));

    const metrics: Record<string, number> = {
      time_travel_p50_ms: percentile(travels, 50),
      time_travel_p99_ms: percentile(travels, 99),
      fold_from_start_ms: median(baselines),
      time_travel_by_instant_p50_ms: percentile(byInstant, 50),
      time_travel_by_version_p50_ms: percentile(byVersion, 50),
      blame_at_head_ms: median(blames),
      first_load_ms: firstLoadMs,
    };
    const ratios = { time_travel_speedup_vs_fold_from_start: metrics.fold_from_start_ms / metrics.time_travel_p50_ms };
    const rows: SuiteResult['rows'] = [
      { name: 'time travel p50', value: metrics.time_travel_p50_ms, unit: 'ms', note: `${travels.length} random revisions` },
      { name: 'time travel p99', value: metrics.time_travel_p99_ms, unit: 'ms' },
      { name: 'fold from revision 0', value: metrics.fold_from_start_ms, unit: 'ms', note: `baseline, ${baselines.length} samples in the upper half` },
      { name: 'time travel by instant p50', value: metrics.time_travel_by_instant_p50_ms, unit: 'ms', note: '20 random event times' },
      { name: 'time travel by version p50', value: metrics.time_travel_by_version_p50_ms, unit: 'ms', note: `${LONG_PLAN_TAG}, 20 times` },
      { name: 'blame at the head', value: metrics.blame_at_head_ms, unit: 'ms', note: `replays all ${count.toLocaleString('en-US')} events` },
      { name: 'first load (setup, once)', value: firstLoadMs, unit: 'ms', note: `folds all, writes ${Math.floor(count / SNAPSHOT_EVERY)} snapshots` },
    ];
    const workload =
      `one plan of ${count.toLocaleString('en-US')} events (the 沙坪坝 seed + ${size.edits.toLocaleString('en-US')} edits + a tag, ` +
      `${Object.keys(plan.finalState.nodes).length} nodes at the end), snapshots every ${SNAPSHOT_EVERY}; ` +
      `${travels.length} time travels to random revisions after 20 warm-up, ${baselines.length} baseline folds alternating`;
    return { suite: 'history', quick, db: db.kind, workload, rows, metrics, ratios };
  } finally {
    await store.close();
    await db.close();
  }
};

async function documentFromStart(store: PostgresEventStore, plan: LongPlan, revision: number): Promise<void> {
  let state: PlanState = initialState();
  for (let from = 0; from < revision; from += READ_PAGE) {
    const page = await store.readStream(plan.streamId, { fromRevision: from, maxCount: Math.min(READ_PAGE, revision - from) });
    state = foldPlan(state, page.map(upcastPlanEvent));
  }
  toDocument(state);
}

/** A fast wrong answer must not win: time travel gives the document folded from the start. */
async function checkTravel(history: PlanHistory, plan: LongPlan, revisions: number[]): Promise<void> {
  for (const revision of revisions) {
    const travelled = await history.documentAt(plan.planId, { revision });
    if (travelled.revision !== revision || !isDeepStrictEqual(travelled.document, toDocument(stateFromStart(plan, revision)))) {
      throw new Error(`time travel to revision ${revision} gives another document than folding from the start`);
    }
  }
}

async function elapsedMs(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
