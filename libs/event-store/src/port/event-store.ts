import { Position } from './position';

/**
 * The event log port. It knows no domain type: streams are named by strings, events carry a
 * type name and JSON data. Adapters: PostgreSQL/PGlite here; the shape follows KurrentDB's so an
 * adapter for it needs no change to callers.
 */
export interface EventStore {
  /**
   * Appends `events` atomically at the end of `streamId` if the stream is at `expected`.
   * Idempotent: re-sending a write already stored (same ids, same stream) returns its original
   * result and stores nothing. Throws WrongExpectedRevisionError, EventIdConflictError or
   * InvalidAppendError; in every error case nothing is written.
   */
  append(streamId: string, expected: ExpectedRevision, events: readonly NewEvent[]): Promise<AppendResult>;

  /**
   * Appends to several streams in one transaction: every write goes ahead on its own expectation,
   * or none does. A write without events is a condition ("stream X is still at revision R"): it is
   * checked and held until the others are written, so a rule spanning streams is decided on state
   * no one can change meanwhile. It holds against every other `appendToStreams` and against
   * `append` to a stream that exists; that a stream does not exist holds only against writers
   * that create it through `appendToStreams`. Needs at least one event in all; a stream appears once.
   * Idempotent as `append`: re-sending a stored call (same ids, same streams) returns its original
   * results. Throws WrongExpectedRevisionError naming the first stream at fault,
   * EventIdConflictError or InvalidAppendError; in every error case nothing is written.
   */
  appendToStreams(writes: readonly StreamWrite[]): Promise<MultiStreamAppendResult>;

  /** Events of one stream in revision order; an unknown stream reads as empty. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;

  /**
   * Events of all streams in the one global order, starting after `from`. Only a stable prefix is
   * returned: no event can later appear at a position before the last one returned, so paging
   * with `from: last.position` never skips an event.
   */
  readAll(options?: ReadAllOptions): Promise<StoredEvent[]>;

  /** The revision of the stream's last event, or undefined when the stream has none. */
  streamRevision(streamId: string): Promise<number | undefined>;

  /**
   * The last revision of the stream whose event's `createdAt` is at or before `at` (to the
   * millisecond), or undefined when the stream had no event by then.
   */
  streamRevisionAt(streamId: string, at: Date): Promise<number | undefined>;

  /**
   * Catch-up subscription: delivers history after `from`, then follows new appends, in global
   * order, in batches. At-least-once: after a restart from a checkpoint a batch may be delivered
   * again, so subscribers checkpoint `event.position` and skip positions they have seen.
   */
  subscribe(options: SubscribeOptions): Subscription;

  /** Stops every subscription of this store and releases its own connections (not the database). */
  close(): Promise<void>;
}

/** What the writer believes the stream's state is. Revisions are 0-based per stream. */
export type ExpectedRevision = 'no-stream' | 'any' | 'stream-exists' | number | bigint;

export interface NewEvent {
  /** A UUID chosen by the writer; it makes retries idempotent. Returned in lowercase. */
  id: string;
  /** A stable event name, written once and never renamed ('ClauseTextEdited'). */
  type: string;
  /** Plain JSON: objects, arrays, strings, finite numbers, booleans, null. */
  data: unknown;
  metadata?: Record<string, unknown>;
}

export interface StoredEvent {
  id: string;
  streamId: string;
  streamRevision: number;
  position: Position;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  createdAt: Date;
}

export interface AppendResult {
  /** The revision of the last event written (the stream's new revision). */
  streamRevision: number;
  /** The position of the last event written. */
  position: Position;
  /** Present when nothing was written because this very write was already stored (a retry). */
  replayed?: true;
}

/** One stream's part of `appendToStreams`; no events makes it a condition. */
export interface StreamWrite {
  streamId: string;
  expected: ExpectedRevision;
  events: readonly NewEvent[];
}

export interface MultiStreamAppendResult {
  /** Per write, in order: the stream's revision after the call (undefined: a stream with no events). */
  streamRevisions: Array<number | undefined>;
  /** The position of the last event written. */
  position: Position;
  /** Present when nothing was written because this very call was already stored (a retry). */
  replayed?: true;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive. Default: 'start' reading forwards, 'end' reading backwards. */
  fromRevision?: number | bigint | 'start' | 'end';
  /** Default: the whole stream. */
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: reading starts after this position. Default: the beginning of the log. */
  from?: Position;
  /** Default 1000. */
  maxCount?: number;
}

export interface SubscribeOptions {
  /** Exclusive: delivery starts after this position (a checkpoint). Default: the beginning. */
  from?: Position;
  /**
   * Called with consecutive batches, one at a time; the next batch waits for the returned promise.
   * If it rejects, the subscription stops and `done` rejects with that error.
   */
  onEvents(batch: StoredEvent[]): Promise<void>;
  /** Called each time the subscription has delivered everything currently readable. */
  onCaughtUp?(position: Position | undefined): void;
  /** Events per batch; default 500. */
  batchSize?: number;
}

export interface Subscription {
  /** Stops after the batch being delivered, if any; resolves once no more batches will come. */
  stop(): Promise<void>;
  /** Resolves when stopped; rejects with the error that ended the subscription. */
  readonly done: Promise<void>;
}
