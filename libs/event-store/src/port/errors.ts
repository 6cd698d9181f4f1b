/**
 * Every failure the event store reports on purpose is one of these classes, each with a string
 * `code`. Callers branch on `code` (or `instanceof`), never on the message text.
 */
export type EventStoreErrorCode =
  | 'WRONG_EXPECTED_REVISION'
  | 'EVENT_ID_CONFLICT'
  | InvalidAppendCode
  | InvalidReadCode
  | 'INVALID_POSITION'
  | InvalidSnapshotCode
  | 'SNAPSHOT_BEYOND_STREAM'
  | 'EVENT_STORE_CLOSED';

export type InvalidAppendCode =
  | 'INVALID_STREAM_ID'
  | 'INVALID_EXPECTED_REVISION'
  | 'EMPTY_APPEND'
  | 'INVALID_EVENT'
  | 'INVALID_EVENT_ID'
  | 'DUPLICATE_EVENT_ID'
  | 'DUPLICATE_STREAM'
  | 'INVALID_EVENT_TYPE'
  | 'INVALID_EVENT_DATA'
  | 'INVALID_EVENT_METADATA'
  | 'EVENT_TOO_LARGE'
  | 'APPEND_TOO_LARGE';

export type InvalidReadCode = 'INVALID_STREAM_ID' | 'INVALID_READ_OPTIONS';

export type InvalidSnapshotCode = 'INVALID_STREAM_ID' | 'INVALID_SNAPSHOT';

export abstract class EventStoreError extends Error {
  abstract readonly code: EventStoreErrorCode;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The stream is not at the revision the writer expected; nothing was written. */
export class WrongExpectedRevisionError extends EventStoreError {
  readonly code = 'WRONG_EXPECTED_REVISION' as const;

  constructor(
    readonly streamId: string,
    /** What the writer sent: 'no-stream', 'stream-exists' or a revision. */
    readonly expected: 'no-stream' | 'stream-exists' | number,
    /** The stream's current revision, or 'no-stream' when it has no events. */
    readonly actual: number | 'no-stream',
  ) {
    super(`stream ${JSON.stringify(streamId)}: expected ${expected}, actual ${actual}`);
  }
}

/**
 * Some event ids of the write are already stored, but this is not a retry of that earlier write
 * (not all ids are stored, or they are stored in another stream or another order). Nothing was written.
 */
export class EventIdConflictError extends EventStoreError {
  readonly code = 'EVENT_ID_CONFLICT' as const;

  constructor(
    readonly streamId: string,
    readonly eventIds: readonly string[],
  ) {
    super(`stream ${JSON.stringify(streamId)}: event ids already stored elsewhere: ${eventIds.join(', ')}`);
  }
}

/** Bad append input, refused before anything reaches the database. */
export class InvalidAppendError extends EventStoreError {
  constructor(
    readonly code: InvalidAppendCode,
    message: string,
    /** Index of the offending event in the append, when one event is at fault. */
    readonly eventIndex?: number,
  ) {
    super(message);
  }
}

export class InvalidReadError extends EventStoreError {
  constructor(
    readonly code: InvalidReadCode,
    message: string,
  ) {
    super(message);
  }
}

export class InvalidPositionError extends EventStoreError {
  readonly code = 'INVALID_POSITION' as const;
}

export class InvalidSnapshotError extends EventStoreError {
  constructor(
    readonly code: InvalidSnapshotCode,
    message: string,
  ) {
    super(message);
  }
}

/** A snapshot must describe state the stream has reached: its revision must already be stored. */
export class SnapshotBeyondStreamError extends EventStoreError {
  readonly code = 'SNAPSHOT_BEYOND_STREAM' as const;

  constructor(
    readonly streamId: string,
    readonly revision: number,
  ) {
    super(`stream ${JSON.stringify(streamId)} has no revision ${revision} yet`);
  }
}

export class EventStoreClosedError extends EventStoreError {
  readonly code = 'EVENT_STORE_CLOSED' as const;

  constructor() {
    super('the event store is closed');
  }
}
