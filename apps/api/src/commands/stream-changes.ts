import type { StoredEvent } from '@planledger/event-store';

/** Told that `streamId` now holds an event at `revision` (0-based). */
export type StreamChangeListener = (streamId: string, revision: number) => void;

/**
 * Which streams changed, as this process learns it: at once for its own appends (the command
 * runners report them before answering), and through the live feed of the log for appends made
 * by other processes. Caches of folded state use it to answer from memory while nothing they hold
 * has changed, instead of reading the stream's tail on every call.
 *
 * Before the feed has caught up with the log once, or after it stopped, nothing is vouched for.
 * After that, a stream written by another process is seen as changed once the feed delivers the
 * event: a read served from memory in between is behind by that much (the feed's latency on
 * PostgreSQL; an embedded database has no other writer). Commands stay correct either way: the
 * store refuses an append at a stale revision and the runner reads again.
 */
export class StreamChanges {
  private readonly listeners = new Set<StreamChangeListener>();
  private following = false;

  /** Whether changes by other processes are being followed, so silence means no change. */
  get isFollowing(): boolean {
    return this.following;
  }

  listen(listener: StreamChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** This process appended to `streamId` up to `revision`. */
  appended(streamId: string, revision: number): void {
    for (const listener of this.listeners) listener(streamId, revision);
  }

  /** Events delivered by the feed of the whole log, in log order. */
  delivered(events: readonly StoredEvent[]): void {
    for (const event of events) this.appended(event.streamId, event.streamRevision);
  }

  /** The feed has delivered everything readable: from now on silence means no change. */
  caughtUp(): void {
    this.following = true;
  }

  /** The feed stopped: nothing is vouched for any more. */
  stoppedFollowing(): void {
    this.following = false;
  }
}
