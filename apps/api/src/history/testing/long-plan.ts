import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '@planledger/documents';
import { decide, foldPlan, initialState, planStreamId, type PlanCommand, type PlanEvent, type PlanState } from '@planledger/domain';
import type { EventStore } from '@planledger/event-store';
// The workload generator is test support of the domain, not part of its public API.
import { generateEdits, seededPick } from '../../../../../libs/domain/src/history/testing/edit-workload';

export const SEEDS_DIR = join(__dirname, '../../../../../seeds');
/** The issued 沙坪坝 seed: 44 nodes, items numbered on through each part. */
export const SHAPINGBA_SEED = '000_742c0bb3951157b4.txt';

export interface LongPlan {
  planId: string;
  streamId: string;
  /** Every event of the stream, in order: events[0] is revision 1. */
  events: PlanEvent[];
  /** The state after all of them, folded while generating. */
  finalState: PlanState;
}

/** The tag the last event of a long plan gives its middle revision. */
export const LONG_PLAN_TAG = '专家论证稿';

/**
 * Created and imported from a seed, then at least `edits` generated editing events (seeded: every
 * run alike), and last a tag naming the middle revision.
 */
export function generateLongPlan(edits: number, seed = 20231225): LongPlan {
  const planId = `long-${randomUUID().slice(0, 8)}`;
  const { document, normalizations } = parseDocument(readFileSync(join(SEEDS_DIR, SHAPINGBA_SEED), 'utf8'));
  const at = '2024-03-20T09:00:00+08:00';
  const meta = { planId, actor: 'u-drafter-zhang', at };
  let state = initialState();
  const run = (command: PlanCommand) => {
    const decided = decide(command, state);
    state = foldPlan(state, decided);
    return decided;
  };
  const created = run({ type: 'CreatePlan', data: { ...meta, title: document.metadata.title ?? SHAPINGBA_SEED } });
  const imported = run({
    type: 'ImportPlanText',
    data: { ...meta, expectedRevision: 1, document, normalizations, sourceLabel: SHAPINGBA_SEED },
  });
  const edited = generateEdits(state, edits, seededPick(seed), at);
  state = edited.state;
  const tagged = run({
    type: 'TagVersion',
    data: { ...meta, expectedRevision: state.revision, name: LONG_PLAN_TAG, revision: Math.ceil(state.revision / 2) },
  });
  const events = [...created, ...imported, ...edited.events, ...tagged];
  return { planId, streamId: planStreamId(planId), events, finalState: state };
}

/** Appends the plan's events through the store in batches, as an import or a migration would. */
export async function appendLongPlan(store: EventStore, plan: LongPlan, batchSize = 2000): Promise<void> {
  for (let start = 0; start < plan.events.length; start += batchSize) {
    const batch = plan.events.slice(start, start + batchSize);
    await store.append(
      plan.streamId,
      start === 0 ? 'no-stream' : start - 1,
      batch.map((event) => ({ id: randomUUID(), type: event.type, data: event.data })),
    );
  }
}

/** The state after the first `revision` events, folded from the beginning: the baseline of time travel. */
export function stateFromStart(plan: LongPlan, revision: number): PlanState {
  return foldPlan(initialState(), plan.events.slice(0, revision));
}
