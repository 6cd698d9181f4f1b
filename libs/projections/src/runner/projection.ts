import type { EventStore, StoredEvent } from '@planledger/event-store';
import type { ReadMigration } from '../schema/migration';

/** Runs one SQL statement inside the batch transaction and returns its rows. */
export type SqlExecutor = <Row = Record<string, unknown>>(text: string, parameters?: unknown[]) => Promise<Row[]>;

/**
 * A read model: the tables it owns (all in one schema), the migrations that create them, and a
 * factory for the projector that keeps them up to date from the log.
 */
export interface Projection {
  /** Stable: names the checkpoint, the migration scope and the `rebuild` argument. */
  readonly name: string;
  /** The tables it owns, unqualified; `rebuild` swaps exactly these. */
  readonly tables: readonly string[];
  readonly migrations: readonly ReadMigration[];
  createProjector(context: ProjectorContext): Projector;
}

export interface ProjectorContext {
  /** The schema holding the tables to write: READ_SCHEMA, or REBUILD_SCHEMA during a rebuild. */
  schema: string;
  /** For reads outside the batch transaction only (see `Projector.prepare`). */
  store: EventStore;
  /**
   * True while a rebuild fills tables no one reads yet: a projector may keep rows in memory and
   * write them in `flush` (once per plan rather than once per batch). The rebuild flushes before
   * it swaps; a live runner never defers.
   */
  deferWrites: boolean;
}

/**
 * Applies events to rows. The runner calls `prepare` then `apply` once per batch, with only the
 * events after the committed checkpoint, in log order; rows and checkpoint then commit together.
 * A projector may remember what it wrote (caches), but only trusts it after `committed`.
 */
export interface Projector {
  /**
   * Reads the batch needs from outside the database transaction, before it starts. On PGlite the
   * transaction holds the only connection, so a read through the pool inside `apply` would wait
   * for itself forever; `apply` may only use `sql`.
   */
  prepare?(events: readonly StoredEvent[]): Promise<void>;
  apply(events: readonly StoredEvent[], sql: SqlExecutor): Promise<void>;
  /** The batch's transaction committed. */
  committed?(): void;
  /** The batch's transaction rolled back: forget what `apply` wrote. */
  rolledBack?(): void;
  /** Writes whatever `deferWrites` kept back (then `committed` or `rolledBack` follows). */
  flush?(sql: SqlExecutor): Promise<void>;
}
