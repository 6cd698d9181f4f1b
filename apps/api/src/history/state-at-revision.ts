import type { PlanEvent, PlanState } from '@planledger/domain';
import type { EventStore, SnapshotStore } from '@planledger/event-store';
import { foldEvents, type StreamFolder } from '../commands/folded-streams';

/** Most events read per query while folding a stretch without snapshots. */
const PAGE = 2000;

/**
 * The state of a stream after its first `revision` events, from the latest snapshot at or before
 * that revision plus the events after it. With snapshots every N events (FoldedStreams writes
 * them while folding) that is one snapshot read and at most about N events, whatever the history
 * length. Where a stretch of history has no snapshots yet (written before snapshots were kept, or
 * appended by a bulk import and never folded), this writes them while folding through it, every
 * `snapshotEvery` events, so the next visit there is bounded too.
 * `revision` must be within the stream (1..its event count); events never change once stored.
 */
export async function stateAtRevision(
  store: EventStore & SnapshotStore,
  folder: StreamFolder<PlanEvent, PlanState>,
  streamId: string,
  revision: number,
  snapshotEvery: number,
): Promise<PlanState> {
  const { stateSchemaVersion } = folder;
  const snapshot = await store.loadSnapshot(streamId, { atOrBefore: revision - 1, schemaVersion: stateSchemaVersion });
  let state = snapshot ? (snapshot.state as PlanState) : folder.initialState();
  let reached = snapshot ? snapshot.revision + 1 : 0;
  let lastSnapshot = reached;
  while (reached < revision) {
    // Read up to the next snapshot point, so a stretch without snapshots gets them on the way.
    const stretch = Math.min(PAGE, revision - reached, lastSnapshot + snapshotEvery - reached);
    const page = await store.readStream(streamId, { fromRevision: reached, maxCount: stretch });
    if (page.length === 0) throw new Error(`stream ${streamId} ends before revision ${revision}`);
    state = foldEvents(folder, state, page);
    reached = page[page.length - 1].streamRevision + 1;
    if (reached - lastSnapshot >= snapshotEvery) {
      await store.saveSnapshot(streamId, reached - 1, state, stateSchemaVersion);
      lastSnapshot = reached;
    }
  }
  return state;
}
