import type { EventStore, SnapshotStore, StoredEvent } from '@planledger/event-store';
import type { StreamChanges } from './stream-changes';

/** How to fold one kind of stream: the pure decider's `initialState`/`evolve` plus upcasting on read. */
export interface StreamFolder<E, S> {
  /** Bumped whenever the state's shape changes: snapshots of other versions are ignored. */
  stateSchemaVersion: number;
  initialState(): S;
  evolve(state: S, event: E): S;
  /** Optional: folds many events at once, with the result of evolving them one by one, faster. */
  fold?(state: S, events: readonly E[]): S;
  upcast(stored: { type: string; data: unknown }): E;
}

/** A stream's state after its first `revision` events (revision 0 = empty stream). */
export interface Folded<S> {
  state: S;
  revision: number;
}

/** Default snapshot interval: time travel and cold loads fold at most about this many events. */
export const SNAPSHOT_EVERY = 500;
const CACHE_LIMIT = 500;

export interface FoldedStreamsOptions {
  /** Events between snapshots (default SNAPSHOT_EVERY). */
  snapshotEvery?: number;
  /**
   * Where appends are announced. With it, a cached stream that has not changed is served from
   * memory without reading its tail; without it, every load reads the tail.
   */
  changes?: StreamChanges;
}

/**
 * Folded state per stream, kept warm in memory and brought up to date by reading only the tail of
 * the stream. Snapshots are written while folding, whenever `snapshotEvery` events have passed
 * since the stream's last known snapshot, so they lie at most `snapshotEvery` events apart (plus
 * the events of one command, which the runner folds itself) through the whole history, even one
 * appended elsewhere and folded here in one go. A cold stream starts from its latest snapshot, and
 * time travel from the latest one at or before the revision it wants: both fold a bounded number
 * of events whatever the history length. Snapshots are an optimisation, never the truth.
 */
export class FoldedStreams<E, S> {
  private readonly cache = new Map<string, Folded<S>>();
  /**
   * For streams cached or being read: the highest revision (0-based) announced beyond what the
   * cache holds. A read that ends past it clears it.
   */
  private readonly changedUpTo = new Map<string, number>();
  /** Reads in flight per stream: a change announced meanwhile may be missing from their result. */
  private readonly reading = new Map<string, number>();
  private readonly changes: StreamChanges | undefined;
  /** The revision of the newest snapshot each stream is known to have (1-based like `revision`). */
  private readonly snapshotAt = new Map<string, number>();
  private readonly snapshotEvery: number;

  constructor(
    private readonly store: EventStore & SnapshotStore,
    private readonly folder: StreamFolder<E, S>,
    options: FoldedStreamsOptions = {},
  ) {
    this.snapshotEvery = options.snapshotEvery ?? SNAPSHOT_EVERY;
    this.changes = options.changes;
    this.changes?.listen((streamId, revision) => this.changed(streamId, revision));
  }

  /**
   * The current state and the events after `since` (a revision the caller saw), read in one pass.
   * `since` beyond the stream's end yields no events.
   */
  async load(streamId: string, since?: number): Promise<Folded<S> & { eventsSince: StoredEvent[] }> {
    const cached = this.cache.get(streamId);
    if (cached && (since === undefined || since === cached.revision) && this.isUnchanged(streamId)) {
      return { ...cached, eventsSince: [] };
    }
    this.reading.set(streamId, (this.reading.get(streamId) ?? 0) + 1);
    try {
      return await this.read(streamId, since);
    } finally {
      const left = this.reading.get(streamId)! - 1;
      if (left === 0) this.reading.delete(streamId);
      else this.reading.set(streamId, left);
    }
  }

  private async read(streamId: string, since?: number): Promise<Folded<S> & { eventsSince: StoredEvent[] }> {
    let folded = this.cache.get(streamId) ?? (await this.fromSnapshot(streamId));
    const from = Math.min(folded.revision, since ?? folded.revision);
    const tail = await this.store.readStream(streamId, { fromRevision: from });
    const due: Folded<S>[] = [];
    let lastSnapshot = this.snapshotAt.get(streamId) ?? 0;
    const snapshotIfDue = (candidate: Folded<S>) => {
      if (candidate.revision - lastSnapshot < this.snapshotEvery) return;
      due.push(candidate);
      lastSnapshot = candidate.revision;
    };
    snapshotIfDue(folded);
    const unfolded = tail.filter((stored) => stored.streamRevision >= folded.revision);
    // Fold in stretches that end where a snapshot falls due, so each snapshot is taken on the way.
    for (let next = 0; next < unfolded.length; ) {
      const stretch = unfolded.slice(next, next + lastSnapshot + this.snapshotEvery - folded.revision);
      folded = { state: foldEvents(this.folder, folded.state, stretch), revision: stretch[stretch.length - 1].streamRevision + 1 };
      next += stretch.length;
      snapshotIfDue(folded);
    }
    this.remember(streamId, folded);
    this.caughtUpTo(streamId, folded.revision);
    for (const snapshot of due) {
      await this.store.saveSnapshot(streamId, snapshot.revision - 1, snapshot.state, this.folder.stateSchemaVersion);
    }
    if (due.length > 0) this.snapshotAt.set(streamId, lastSnapshot);
    const eventsSince = since === undefined ? [] : tail.filter((e) => e.streamRevision >= since);
    return { ...folded, eventsSince };
  }

  /** Records state the caller folded itself (after its own append), if it is newer than the cache. */
  remember(streamId: string, folded: Folded<S>): void {
    const cached = this.cache.get(streamId);
    if (cached && cached.revision >= folded.revision) return;
    this.cache.delete(streamId);
    this.cache.set(streamId, folded);
    this.caughtUpTo(streamId, folded.revision);
    if (this.cache.size > CACHE_LIMIT) this.forget(this.cache.keys().next().value as string);
  }

  /** Whether the cached state of `streamId` is known to be current. */
  private isUnchanged(streamId: string): boolean {
    return this.changes?.isFollowing === true && !this.changedUpTo.has(streamId);
  }

  private changed(streamId: string, revision: number): void {
    const cached = this.cache.get(streamId);
    if (!this.reading.has(streamId) && (!cached || revision < cached.revision)) return;
    this.changedUpTo.set(streamId, Math.max(revision, this.changedUpTo.get(streamId) ?? -1));
  }

  /** What was read or folded holds `revision` events: announcements below that are settled. */
  private caughtUpTo(streamId: string, revision: number): void {
    const changed = this.changedUpTo.get(streamId);
    if (changed !== undefined && changed < revision) this.changedUpTo.delete(streamId);
  }

  private forget(streamId: string): void {
    this.cache.delete(streamId);
    if (!this.reading.has(streamId)) this.changedUpTo.delete(streamId);
  }

  private async fromSnapshot(streamId: string): Promise<Folded<S>> {
    const snapshot = await this.store.loadSnapshot(streamId, { schemaVersion: this.folder.stateSchemaVersion });
    if (!snapshot) return { state: this.folder.initialState(), revision: 0 };
    this.snapshotAt.set(streamId, snapshot.revision + 1);
    return { state: snapshot.state as S, revision: snapshot.revision + 1 };
  }
}

/** Upcasts and folds stored events, with the folder's batch fold when it has one. */
export function foldEvents<E, S>(folder: StreamFolder<E, S>, state: S, stored: readonly StoredEvent[]): S {
  const events = stored.map((event) => folder.upcast(event));
  return folder.fold ? folder.fold(state, events) : events.reduce((folded, event) => folder.evolve(folded, event), state);
}
