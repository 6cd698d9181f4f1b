import { applyEvent, foldPlan, initialState, PlanDraft, upcastPlanEvent, type PlanEvent, type PlanState } from '@planledger/domain';
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

/** A plan event of a walk (see `walk`). */
export interface PlanStep extends PlanBatchEvent {
  planId: string;
}

/**
 * What `walk` calls for each plan event: `before` with the plan's state right before the event,
 * then `after` with the state right after it and what `before` returned. Both states are one
 * draft changed in place by the walk: read them during the call, never keep them.
 */
export interface PlanStepVisitor<Noted> {
  before(step: PlanStep, state: PlanState): Noted;
  after(step: PlanStep, state: PlanState, noted: Noted): void;
}

const DEFAULT_LIMIT = 256;

/**
 * The domain's own plan state, folded with its `foldPlan` (or its `applyEvent`, event by event),
 * for projections that need the whole tree (numbering, titles, units). States are keyed by stream and trusted only at the exact
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
   * Visits every plan event with the exact states around it. The events of a plan are applied one
   * by one to one draft (the domain's `applyEvent`), which copies each map of the state once per
   * batch rather than once per event, so a walk costs about what `fold` costs.
   */
  walk<Noted>(events: readonly StoredEvent[], visit: PlanStepVisitor<Noted>): void {
    for (const { planId, streamId, before, events: planEvents } of this.byPlan(events)) {
      const draft = new PlanDraft(before);
      for (const { stored, event } of planEvents) {
        const step = { planId, stored, event };
        const noted = visit.before(step, draft.current);
        applyEvent(draft, event);
        visit.after(step, draft.current, noted);
      }
      this.remember(streamId, draft.finish());
    }
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
