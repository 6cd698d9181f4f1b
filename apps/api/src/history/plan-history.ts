import type { PlanDocument } from '@planledger/documents';
import { blamePlan, planStreamId, PlanError, toDocument, type PlanBlame, type PlanEvent, type PlanState } from '@planledger/domain';
import type { EventStore, SnapshotStore } from '@planledger/event-store';
import { FoldedStreams, SNAPSHOT_EVERY } from '../commands/folded-streams';
import type { StreamChanges } from '../commands/stream-changes';
import { PLAN_FOLDER } from '../plans/plan-commands.service';
import { checkHistoryRef, type HistoryRef } from './history-ref';
import { stateAtRevision } from './state-at-revision';

export interface PlanAtRevision {
  /** 1 = after the plan's first event. */
  revision: number;
  document: PlanDocument;
}

export interface PlanHistoryOptions {
  /** Events between the snapshots this service writes where history has none (default SNAPSHOT_EVERY). */
  snapshotEvery?: number;
  /** Announcements of changed streams, so current state is served from memory while unchanged. */
  changes?: StreamChanges;
}

/** Events read per query when blame replays a plan. */
const BLAME_PAGE = 5000;

/**
 * Time travel and blame on the plan streams. Refusals are PlanErrors: an unknown plan, a revision
 * outside the plan or an unknown version is NOT_FOUND, a malformed ref BAD_USER_INPUT.
 */
export class PlanHistory {
  private readonly current: FoldedStreams<PlanEvent, PlanState>;
  private readonly snapshotEvery: number;

  constructor(
    private readonly store: EventStore & SnapshotStore,
    options: PlanHistoryOptions = {},
  ) {
    this.snapshotEvery = options.snapshotEvery ?? SNAPSHOT_EVERY;
    this.current = new FoldedStreams(store, PLAN_FOLDER, { snapshotEvery: this.snapshotEvery, changes: options.changes });
  }

  /** The plan's text at a point of its history; bounded cost (see stateAtRevision). */
  async documentAt(planId: string, ref: HistoryRef): Promise<PlanAtRevision> {
    const revision = await this.revisionOf(planId, ref);
    const state = await stateAtRevision(this.store, PLAN_FOLDER, planStreamId(planId), revision, this.snapshotEvery);
    return { revision, document: toDocument(state) };
  }

  /**
   * Who last changed each node and each character of its text, as of a point of history. Blame
   * replays the plan from its first event, so its cost grows with the revision.
   */
  async blameAt(planId: string, ref: HistoryRef): Promise<PlanBlame> {
    const revision = await this.revisionOf(planId, ref);
    const streamId = planStreamId(planId);
    const events: PlanEvent[] = [];
    while (events.length < revision) {
      const page = await this.store.readStream(streamId, {
        fromRevision: events.length,
        maxCount: Math.min(BLAME_PAGE, revision - events.length),
      });
      if (page.length === 0) throw new Error(`stream ${streamId} ends before revision ${revision}`);
      for (const stored of page) events.push(PLAN_FOLDER.upcast(stored));
    }
    return blamePlan(events);
  }

  /** The revision a ref points at, checked against the plan's history. */
  async revisionOf(planId: string, ref: HistoryRef): Promise<number> {
    const checked = checkHistoryRef(ref);
    if (typeof planId !== 'string' || planId.trim() === '') {
      throw new PlanError('BAD_USER_INPUT', 'name the plan', { field: 'planId' });
    }
    const streamId = planStreamId(planId);
    const head = await this.store.streamRevision(streamId);
    if (head === undefined) throw new PlanError('NOT_FOUND', `plan ${planId} does not exist`);
    switch (checked.kind) {
      case 'revision':
        if (checked.revision < 1 || checked.revision > head + 1) {
          throw new PlanError('NOT_FOUND', `plan ${planId} has revisions 1 to ${head + 1}`, { field: 'ref.revision' });
        }
        return checked.revision;
      case 'at': {
        const storeRevision = await this.store.streamRevisionAt(streamId, checked.at);
        if (storeRevision === undefined) {
          throw new PlanError('NOT_FOUND', `plan ${planId} did not exist yet at ${checked.at.toISOString()}`, { field: 'ref.at' });
        }
        return storeRevision + 1;
      }
      case 'version': {
        const { state } = await this.current.load(streamId);
        if (!Object.hasOwn(state.versions, checked.name)) {
          throw new PlanError('NOT_FOUND', `plan ${planId} has no version ${checked.name}`, { field: 'ref.version' });
        }
        return state.versions[checked.name];
      }
    }
  }
}
