import { comparePositions, type Database, type EventStore, type Position, type StoredEvent } from '@planledger/event-store';
import { DatabaseError } from 'pg';
import type { DataSource } from 'typeorm';
import { CheckpointedBatches } from '../runner/checkpointed-batches';
import { deleteCheckpoint, loadCheckpoint, lockCheckpoint, replaceCheckpoint } from '../runner/checkpoints';
import { RebuildSwapFailedError } from '../runner/errors';
import type { Projection } from '../runner/projection';
import { inTransaction } from '../runner/transaction';
import { REBUILD_SCHEMA } from '../schema/read-schema';
import { RebuildLock } from './rebuild-lock';
import { createRebuildTables, dropRebuildTables, dropSecondaryIndexes, restoreIndexes, swapInRebuiltTables } from './rebuild-tables';

export interface RebuildOptions {
  database: Database;
  dataSource: DataSource;
  store: EventStore;
  projection: Projection;
  /**
   * Events applied per transaction (read in pages of at most 1000). Default 5000. Larger batches
   * rewrite derived rows less often, but every reader of the log waits below a running write
   * transaction (see the event store's read-queries), so each batch must stay short.
   */
  batchSize?: number;
  /** Swap attempts (each after catching up again) before giving up. Default 20. */
  maxSwapAttempts?: number;
  /** How long the swap waits for readers to let go of the live tables. Default 5000 ms. */
  swapLockTimeoutMs?: number;
  /** Called after each applied batch with the number of events read so far. */
  onProgress?(eventsRead: number): void;
}

export interface RebuildReport {
  projection: string;
  /** Events read from the log (the whole log up to the swap). */
  eventsRead: number;
  /** The checkpoint the live projection continues from. */
  position: Position | undefined;
  swapAttempts: number;
}

const LOCK_NOT_AVAILABLE = '55P03';

/**
 * Rebuilds one projection from the whole log without downtime: fresh tables in REBUILD_SCHEMA are
 * filled batch by batch (each batch and the rebuild's own checkpoint in one transaction, like a
 * live runner; secondary indexes are built once after the bulk of the log), caught up to the
 * tail of the log, then swapped in by one short transaction that
 * also moves the live checkpoint (and bumps its generation, so live runners anywhere drop what
 * they remembered of the old tables). Meanwhile readers keep reading the old tables and the live
 * runner keeps them current. The swap locks the live checkpoint row first, as every live batch
 * does, and only goes ahead if the rebuild has reached at least the live checkpoint; otherwise
 * it catches up again and retries.
 */
export async function rebuildProjection(options: RebuildOptions): Promise<RebuildReport> {
  const { database, dataSource, projection } = options;
  const lock = await RebuildLock.acquire(database, projection.name);
  const rebuildCheckpoint = `${projection.name}@rebuild`;
  let swapped = false;
  try {
    const deferredIndexes = await inTransaction(dataSource, async (sql) => {
      await createRebuildTables(sql, projection);
      await deleteCheckpoint(sql, rebuildCheckpoint);
      await loadCheckpoint(sql, projection.name);
      return dropSecondaryIndexes(sql, projection);
    });
    const batches = new CheckpointedBatches({
      dataSource,
      store: options.store,
      projection,
      schema: REBUILD_SCHEMA,
      checkpointName: rebuildCheckpoint,
      deferWrites: true,
    });
    await batches.load();
    const catchUp = tailFollower(options, batches);
    await catchUp();
    await batches.flush();
    await inTransaction(dataSource, (sql) => restoreIndexes(sql, deferredIndexes));
    const maxAttempts = options.maxSwapAttempts ?? 20;
    let lastOutcome: SwapOutcome | undefined;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      await catchUp();
      await batches.flush();
      lastOutcome = await trySwap(options, rebuildCheckpoint, batches.position);
      if (lastOutcome === 'swapped') {
        swapped = true;
        return { projection: projection.name, eventsRead: catchUp.eventsRead, position: batches.position, swapAttempts: attempt };
      }
    }
    throw new RebuildSwapFailedError(projection.name, maxAttempts, lastOutcome);
  } finally {
    if (!swapped) {
      await inTransaction(dataSource, async (sql) => {
        await dropRebuildTables(sql, projection);
        await deleteCheckpoint(sql, rebuildCheckpoint);
      }).catch(() => undefined);
    }
    await lock.release();
  }
}

const PAGE = 1000;

/**
 * Reads the log from the rebuild's checkpoint to its current tail in pages, applying up to
 * `batchSize` events per transaction. Reading runs one batch ahead: the pages of the next batch
 * are read (on PostgreSQL, on other connections) while the current batch is applied, so the
 * server writing one batch and this process decoding the next overlap. Batches stay short
 * enough that a rebuild transaction never holds back readers of the log for long.
 */
function tailFollower(options: RebuildOptions, batches: CheckpointedBatches): (() => Promise<void>) & { eventsRead: number } {
  const batchSize = options.batchSize ?? 5000;
  const pageSize = Math.min(PAGE, batchSize);
  const readAfter = (from: Position | undefined): Promise<StoredEvent[]> => {
    const page = options.store.readAll({ from, maxCount: pageSize });
    page.catch(() => undefined); // awaited later; observed now in case applying fails first
    return page;
  };
  const follow = async (): Promise<void> => {
    let next = readAfter(batches.position);
    let atTail = false;
    let applying: Promise<void> | undefined;
    try {
      while (!atTail) {
        const batch: StoredEvent[] = [];
        while (!atTail && batch.length < batchSize) {
          const page = await next;
          batch.push(...page);
          atTail = page.length < pageSize;
          if (!atTail) next = readAfter(page[page.length - 1].position);
        }
        await applying;
        if (batch.length === 0) return;
        applying = batches.apply(batch).then(() => {
          follow.eventsRead += batch.length;
          options.onProgress?.(follow.eventsRead);
        });
        applying.catch(() => undefined); // awaited before the next batch; observed now in case reading fails first
      }
      await applying;
    } finally {
      // A failed read leaves no batch in flight behind it: the caller drops the tables next.
      await applying?.catch(() => undefined);
    }
  };
  follow.eventsRead = 0;
  return follow;
}

/**
 * 'liveAhead': the live projection committed past the rebuild since it caught up; 'tablesBusy':
 * readers held the live tables longer than the lock timeout. Either way nothing changed.
 */
type SwapOutcome = 'swapped' | 'liveAhead' | 'tablesBusy';

async function trySwap(options: RebuildOptions, rebuildCheckpoint: string, rebuilt: Position | undefined): Promise<SwapOutcome> {
  const { projection } = options;
  const swap = inTransaction(options.dataSource, async (sql): Promise<SwapOutcome> => {
    await sql(`SET LOCAL lock_timeout = ${Math.max(1, Math.round(options.swapLockTimeoutMs ?? 5000))}`);
    const live = await lockCheckpoint(sql, projection.name);
    const ours = await lockCheckpoint(sql, rebuildCheckpoint);
    if (!samePosition(ours.position, rebuilt)) throw new Error(`the checkpoint of the ${projection.name} rebuild moved under it`);
    if (isAhead(live.position, rebuilt)) return 'liveAhead';
    await swapInRebuiltTables(sql, projection);
    await replaceCheckpoint(sql, projection.name, rebuilt);
    await deleteCheckpoint(sql, rebuildCheckpoint);
    return 'swapped';
  });
  return swap.catch((error: Error) => {
    if (isLockTimeout(error)) return 'tablesBusy';
    throw error;
  });
}

function isAhead(live: Position | undefined, rebuilt: Position | undefined): boolean {
  if (live === undefined) return false;
  return rebuilt === undefined || comparePositions(live, rebuilt) > 0;
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return comparePositions(a, b) === 0;
}

function isLockTimeout(error: Error): boolean {
  const cause = (error as { driverError?: unknown }).driverError ?? error;
  return cause instanceof DatabaseError && cause.code === LOCK_NOT_AVAILABLE;
}
