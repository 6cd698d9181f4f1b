/**
 * Snapshots of state folded from a stream, so loading a long stream can start part-way.
 * A snapshot is an optimisation, never the truth: the events are.
 */
export interface SnapshotStore {
  /**
   * Stores `state` as of `revision` of `streamId` (replacing a snapshot at the same revision).
   * Throws SnapshotBeyondStreamError when the stream has not reached `revision`.
   */
  saveSnapshot(streamId: string, revision: number, state: unknown, schemaVersion: number): Promise<void>;

  /** The latest snapshot at or before `atOrBefore` (default: latest), of `schemaVersion` if given. */
  loadSnapshot(streamId: string, options?: LoadSnapshotOptions): Promise<Snapshot | undefined>;
}

export interface LoadSnapshotOptions {
  atOrBefore?: number;
  /** Only snapshots written with this state schema; older shapes are ignored, not upcast. */
  schemaVersion?: number;
}

export interface Snapshot {
  streamId: string;
  revision: number;
  schemaVersion: number;
  state: unknown;
  createdAt: Date;
}
