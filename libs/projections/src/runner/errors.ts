import type { Position } from '@planledger/event-store';
import { positionToString } from '@planledger/event-store';

export type ProjectionErrorCode = 'PROJECTION_FAILED' | 'PROJECTION_STOPPED' | 'CHECKPOINT_MOVED_BACK' | 'REBUILD_IN_PROGRESS' | 'REBUILD_SWAP_FAILED';

export abstract class ProjectionError extends Error {
  abstract readonly code: ProjectionErrorCode;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A projector threw: the batch rolled back (rows and checkpoint) and the runner stopped. */
export class ProjectionFailedError extends ProjectionError {
  readonly code = 'PROJECTION_FAILED' as const;

  constructor(
    readonly projection: string,
    /** The first and last event of the batch that failed. */
    readonly from: Position,
    readonly to: Position,
    cause: unknown,
  ) {
    super(
      `projection ${projection} failed on the batch ${positionToString(from)}..${positionToString(to)}: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }
}

/** The runner was stopped before the awaited position was projected. */
export class ProjectionStoppedError extends ProjectionError {
  readonly code = 'PROJECTION_STOPPED' as const;

  constructor(readonly projection: string) {
    super(`projection ${projection} is not running`);
  }
}

/**
 * The stored checkpoint is behind what this runner already applied: someone reset it. Applying on
 * would skip the events in between, so the runner stops; started again, it reads from the stored one.
 */
export class CheckpointMovedBackError extends ProjectionError {
  readonly code = 'CHECKPOINT_MOVED_BACK' as const;

  constructor(readonly projection: string) {
    super(`the checkpoint of ${projection} moved back under a running projector`);
  }
}

/** Another rebuild of the same projection is running (in this process or, on PostgreSQL, any). */
export class RebuildInProgressError extends ProjectionError {
  readonly code = 'REBUILD_IN_PROGRESS' as const;

  constructor(readonly projection: string) {
    super(`projection ${projection} is already being rebuilt`);
  }
}

/** The swap kept losing: live readers held the tables, or the live runner kept moving ahead. */
export class RebuildSwapFailedError extends ProjectionError {
  readonly code = 'REBUILD_SWAP_FAILED' as const;

  constructor(
    readonly projection: string,
    readonly attempts: number,
    /** Why the last attempt did not swap: 'liveAhead' or 'tablesBusy'. */
    readonly lastOutcome: string | undefined,
  ) {
    super(`could not swap the rebuilt ${projection} in after ${attempts} attempts (last: ${lastOutcome ?? 'none'})`);
  }
}
