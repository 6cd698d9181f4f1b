import { comparePositions, type EventStore, type Position, type StoredEvent } from '@planledger/event-store';
import type { DataSource } from 'typeorm';
import { Checkpoint, lockCheckpoint, loadCheckpoint, writeCheckpoint } from './checkpoints';
import { CheckpointMovedBackError, ProjectionFailedError } from './errors';
import type { Projection, Projector, SqlExecutor } from './projection';
import { inTransaction } from './transaction';

export interface CheckpointedBatchesOptions {
  dataSource: DataSource;
  store: EventStore;
  projection: Projection;
  /** The schema of the tables to write. */
  schema: string;
  /** The checkpoint row to keep: the projection's name, or a rebuild's own. */
  checkpointName: string;
  /** See ProjectorContext.deferWrites; default false. */
  deferWrites?: boolean;
}

/**
 * Exactly-once effect over at-least-once delivery: each batch is applied in one transaction that
 * first locks the checkpoint row, applies only the events after it, then moves it. Rows and
 * checkpoint commit together or not at all, so a redelivered batch (after a restart, or by a
 * second runner in another process) finds its events at or before the checkpoint and skips them.
 */
export class CheckpointedBatches {
  private projector: Projector;
  private known: Checkpoint | undefined;

  constructor(private readonly options: CheckpointedBatchesOptions) {
    this.projector = this.createProjector();
  }

  /**
   * Reads (creating if needed) the stored checkpoint: where delivery should resume. The projector
   * starts afresh, since the tables may have changed while nothing was running.
   */
  async load(): Promise<Position | undefined> {
    this.known = await this.inTransaction((sql) => loadCheckpoint(sql, this.options.checkpointName));
    this.projector = this.createProjector();
    return this.known.position;
  }

  /** Where the committed rows stand, as far as this process knows. */
  get position(): Position | undefined {
    return this.known?.position;
  }

  /**
   * Applies the events of `batch` after the checkpoint and returns the new checkpoint. Throws
   * ProjectionFailedError when the projector throws; the transaction is then rolled back whole.
   */
  async apply(batch: readonly StoredEvent[]): Promise<Position | undefined> {
    if (this.known === undefined) await this.load();
    for (;;) {
      const known = this.known as Checkpoint;
      const fresh = eventsAfter(batch, known.position);
      if (fresh.length === 0) return known.position;
      const outcome = await this.applyFresh(fresh, known);
      if (outcome.applied) return this.known?.position;
      this.adopt(outcome.stored);
    }
  }

  private async applyFresh(fresh: readonly StoredEvent[], known: Checkpoint): Promise<{ applied: true } | { applied: false; stored: Checkpoint }> {
    const { checkpointName, projection } = this.options;
    const last = fresh[fresh.length - 1].position;
    try {
      await this.projector.prepare?.(fresh);
      const stored = await this.inTransaction(async (sql) => {
        const current = await lockCheckpoint(sql, checkpointName);
        if (!sameCheckpoint(current, known)) return current;
        await this.projector.apply(fresh, sql);
        await writeCheckpoint(sql, checkpointName, last);
        return undefined;
      });
      if (stored !== undefined) return { applied: false, stored };
    } catch (error) {
      this.projector.rolledBack?.();
      throw new ProjectionFailedError(projection.name, fresh[0].position, last, error);
    }
    this.projector.committed?.();
    this.known = { position: last, generation: known.generation };
    return { applied: true };
  }

  /**
   * The stored checkpoint is not the one this runner last committed: another runner moved it on,
   * or a rebuild swapped new tables in (new generation: forget everything about the old ones).
   */
  private adopt(stored: Checkpoint): void {
    const known = this.known as Checkpoint;
    if (stored.generation === known.generation && isBefore(stored.position, known.position)) {
      throw new CheckpointMovedBackError(this.options.projection.name);
    }
    this.projector.rolledBack?.();
    if (stored.generation !== known.generation) this.projector = this.createProjector();
    this.known = stored;
  }

  /** Writes what the projector deferred, in one transaction of its own. */
  async flush(): Promise<void> {
    const { projector } = this;
    if (!projector.flush) return;
    try {
      await this.inTransaction((sql) => projector.flush?.(sql) ?? Promise.resolve());
    } catch (error) {
      projector.rolledBack?.();
      throw error;
    }
    projector.committed?.();
  }

  private createProjector(): Projector {
    const { projection, schema, store, deferWrites = false } = this.options;
    return projection.createProjector({ schema, store, deferWrites });
  }

  private inTransaction<T>(work: (sql: SqlExecutor) => Promise<T>): Promise<T> {
    return inTransaction(this.options.dataSource, work);
  }
}

export function eventsAfter(batch: readonly StoredEvent[], checkpoint: Position | undefined): readonly StoredEvent[] {
  if (checkpoint === undefined) return batch;
  const firstFresh = batch.findIndex((event) => comparePositions(event.position, checkpoint) > 0);
  return firstFresh < 0 ? [] : batch.slice(firstFresh);
}

function sameCheckpoint(a: Checkpoint, b: Checkpoint): boolean {
  if (a.generation !== b.generation) return false;
  if (a.position === undefined || b.position === undefined) return a.position === b.position;
  return comparePositions(a.position, b.position) === 0;
}

function isBefore(a: Position | undefined, b: Position | undefined): boolean {
  if (b === undefined) return false;
  return a === undefined || comparePositions(a, b) < 0;
}
