import { evolve, foldPlan, initialState, upcastPlanEvent, type PlanEvent, type PlanState } from '@planledger/domain';
import type { EventStore, StoredEvent } from '@planledger/event-store';
import { carryNumbering, keepsNumbering } from './plan-numbering';
import { isPlanStream, planIdOfStream } from './plan-streams';

/** A plan event of a batch: as stored, and upcast to the current shape. */
export interface PlanBatchEvent {
  stored: StoredEvent;
  event: PlanEvent;
}

/** A plan changed by a batch: its state before the batch's first event of it and after its last. */
export interface TouchedPlan {
  planId: string;
  before: PlanState;
  after: PlanState;
  events: PlanBatchEvent[];
}

/**
 * One event of a walk (see `walk`). `structure` has the plan's tree, kinds and numbering as they
 * were right before the event (its texts may lag behind). For an event that changes the tree,
 * `before` and `after` are the exact states around it.
 */
export type PlanStep =
  | ({ changesTree: false; planId: string; structure: PlanState } & PlanBatchEvent)
  | ({ changesTree: true; planId: string; before: PlanState; after: PlanState } & PlanBatchEvent);

const DEFAULT_LIMIT = 256;

/**
 * The domain's own plan state, folded with its `foldPlan`, for projections that need the whole
 * tree (numbering, titles, units). States are keyed by stream and trusted only at the exact
 * revision a batch starts from; anything else (a restart, a rolled-back batch, an evicted plan)
 * is folded again from the log, which is the truth. At most `limit` plans are kept between batches.
 */
export class PlanStates {
  private readonly states = new Map<string, PlanState>();

  constructor(
    private readonly store: EventStore,
    private readonly limit = DEFAULT_LIMIT,
  ) {}

  /** Reads, outside any transaction, the state before each plan stream's first event in `events`. */
  async prepare(events: readonly StoredEvent[]): Promise<void> {
    const firstRevisions = new Map<string, number>();
    for (const event of events) {
      if (isPlanStream(event.streamId) && !firstRevisions.has(event.streamId)) firstRevisions.set(event.streamId, event.streamRevision);
    }
    this.evictBeyondLimit(firstRevisions);
    for (const [streamId, revision] of firstRevisions) {
      if (this.states.get(streamId)?.revision === revision) continue;
      this.states.set(streamId, revision === 0 ? initialState() : await this.foldStream(streamId, revision));
    }
  }

  /** Folds the batch's plan events plan by plan: one copy of the state per plan, however many events. */
  fold(events: readonly StoredEvent[]): TouchedPlan[] {
    return this.byPlan(events).map(({ planId, streamId, before, events: planEvents }) => {
      const after = foldPlan(
        before,
        planEvents.map(({ event }) => event),
      );
      if (planEvents.every(({ event }) => keepsNumbering(event))) carryNumbering(before, after);
      this.remember(streamId, after);
      return { planId, before, after, events: planEvents };
    });
  }

  /**
   * Visits every plan event with the states it needs to be described: runs of events that keep
   * the tree are folded in one go and share the structure before them; each event that changes
   * the tree gets its exact states. Returns what `fold` returns.
   */
  walk(events: readonly StoredEvent[], visit: (step: PlanStep) => void): TouchedPlan[] {
    return this.byPlan(events).map(({ planId, streamId, before, events: planEvents }) => {
      let structure = before;
      let run: PlanEvent[] = [];
      const catchUp = (): PlanState => {
        const state = foldPlan(structure, run);
        carryNumbering(structure, state);
        run = [];
        return state;
      };
      for (const step of planEvents) {
        if (keepsNumbering(step.event)) {
          visit({ changesTree: false, planId, structure, ...step });
          run.push(step.event);
          continue;
        }
        const exactBefore = catchUp();
        const after = evolve(exactBefore, step.event);
        visit({ changesTree: true, planId, before: exactBefore, after, ...step });
        structure = after;
      }
      const after = catchUp();
      this.remember(streamId, after);
      return { planId, before, after, events: planEvents };
    });
  }

  private byPlan(events: readonly StoredEvent[]): Array<{ planId: string; streamId: string; before: PlanState; events: PlanBatchEvent[] }> {
    const groups = new Map<string, { planId: string; streamId: string; before: PlanState; events: PlanBatchEvent[] }>();
    for (const stored of events) {
      if (!isPlanStream(stored.streamId)) continue;
      let group = groups.get(stored.streamId);
      if (group === undefined) {
        const before = this.states.get(stored.streamId);
        if (before === undefined || before.revision !== stored.streamRevision) {
          throw new Error(`plan state of ${stored.streamId} is at revision ${before?.revision ?? 'none'}, not ${stored.streamRevision}: prepare() the batch first`);
        }
        group = { planId: planIdOfStream(stored.streamId), streamId: stored.streamId, before, events: [] };
        groups.set(stored.streamId, group);
      }
      group.events.push({ stored, event: upcastPlanEvent(stored) });
    }
    return [...groups.values()];
  }

  private remember(streamId: string, state: PlanState): void {
    this.states.delete(streamId);
    this.states.set(streamId, state);
  }

  /** The first `revision` events of the stream, folded. */
  private async foldStream(streamId: string, revision: number): Promise<PlanState> {
    const events = await this.store.readStream(streamId, { maxCount: revision });
    if (events.length !== revision) throw new Error(`${streamId} has ${events.length} events, expected at least ${revision}`);
    return foldPlan(initialState(), events.map(upcastPlanEvent));
  }

  /** Least recently used first (Map order), never a stream of the batch at hand. */
  private evictBeyondLimit(keep: ReadonlyMap<string, number>): void {
    for (const streamId of this.states.keys()) {
      if (this.states.size <= this.limit) return;
      if (!keep.has(streamId)) this.states.delete(streamId);
    }
  }
}
