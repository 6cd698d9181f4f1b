import type { PlanState } from '@planledger/domain';
import type { SqlExecutor } from '../runner/projection';
import { deleteRows, RowValues, upsertRows } from './row-writes';

/** A table holding, per plan, a set of rows that is a pure function of the plan's state. */
export interface PlanRowSetSpec<Row extends RowValues> {
  /** Schema-qualified table name; it has a plan_id column. */
  table: string;
  /** The primary key columns, plan_id among them. */
  key: readonly string[];
  rowsFor(planId: string, state: PlanState): Row[];
}

interface StateChange {
  before: PlanState;
  after: PlanState;
}

interface WrittenRows {
  /** The plan revision whose rows the table holds. */
  revision: number;
  /** The fingerprint of each row, by its key. */
  rows: ReadonlyMap<string, string>;
}

const DEFAULT_LIMIT = 256;

/**
 * Keeps such a table in step by writing only the difference between the rows of the state the
 * table holds and the rows of the new state (a text edit rewrites one row; an insertion rewrites
 * the siblings it renumbers). What the table holds is remembered after commit and read back from
 * the table when it is not remembered (after a restart) — in the batch transaction, never outside.
 * Deferred (a rebuild), only the latest state of each plan is kept and `flush` writes it once.
 */
export class PlanRowSets<Row extends RowValues> {
  private readonly written = new Map<string, WrittenRows>();
  private readonly pending = new Map<string, WrittenRows>();
  /** Deferred plans whose batches committed: the state whose rows the table holds, and the latest. */
  private readonly deferred = new Map<string, StateChange>();
  /** Deferred plans of the batch in progress. */
  private readonly deferredInBatch = new Map<string, StateChange>();
  /** Column order for fingerprints: that of the rows `rowsFor` builds. */
  private columns: readonly string[] | undefined;

  constructor(
    private readonly spec: PlanRowSetSpec<Row>,
    /** Write nothing until `flush` (see ProjectorContext.deferWrites). */
    private readonly defer = false,
    private readonly limit = DEFAULT_LIMIT,
  ) {}

  /** Brings the plan's rows from those of `before` (what the table holds) to those of `after`. */
  async write(sql: SqlExecutor, planId: string, before: PlanState, after: PlanState): Promise<void> {
    if (!this.defer) return this.writeDifference(sql, planId, before, after);
    const earlier = this.deferredInBatch.get(planId) ?? this.deferred.get(planId);
    this.deferredInBatch.set(planId, { before: earlier?.before ?? before, after });
  }

  /** Writes every deferred plan's rows: once per plan, however many batches changed it. */
  async flush(sql: SqlExecutor): Promise<void> {
    for (const [planId, { before, after }] of this.deferred) await this.writeDifference(sql, planId, before, after);
    this.deferred.clear();
  }

  private async writeDifference(sql: SqlExecutor, planId: string, before: PlanState, after: PlanState): Promise<void> {
    const rows = this.spec.rowsFor(planId, after);
    if (rows.length > 0) this.columns ??= Object.keys(rows[0]);
    const previous = await this.rowsHeld(sql, planId, before);
    const next = new Map<string, string>();
    const changed: Row[] = [];
    for (const row of rows) {
      const fingerprint = this.fingerprint(row);
      const key = this.keyOf(row);
      next.set(key, fingerprint);
      if (previous.get(key) !== fingerprint) changed.push(row);
    }
    const removed = [...previous.keys()].filter((key) => !next.has(key)).map((key) => this.keyColumns(key));
    await deleteRows(sql, this.spec.table, removed, this.spec.key);
    await upsertRows(sql, this.spec.table, changed, this.spec.key);
    this.pending.set(planId, { revision: after.revision, rows: next });
  }

  committed(): void {
    for (const [planId, change] of this.deferredInBatch) this.deferred.set(planId, change);
    this.deferredInBatch.clear();
    for (const [planId, rows] of this.pending) {
      this.written.delete(planId);
      this.written.set(planId, rows);
    }
    this.pending.clear();
    for (const planId of this.written.keys()) {
      if (this.written.size <= this.limit) break;
      this.written.delete(planId);
    }
  }

  rolledBack(): void {
    this.pending.clear();
    this.deferredInBatch.clear();
  }

  private async rowsHeld(sql: SqlExecutor, planId: string, state: PlanState): Promise<ReadonlyMap<string, string>> {
    if (state.revision === 0) return new Map();
    const remembered = this.written.get(planId);
    if (remembered?.revision === state.revision) return remembered.rows;
    const stored = await sql<{ row: RowValues }>(`SELECT to_jsonb(t) AS row FROM ${this.spec.table} t WHERE plan_id = $1`, [planId]);
    return new Map(stored.map(({ row }) => [this.keyOf(row), this.fingerprint(row)]));
  }

  /**
   * The row's values in one column order, as JSON: equal exactly when the rows are, whether built
   * here or read back with `to_jsonb` (which orders keys its own way). Only called once `columns`
   * is known: a plan with rows held has rows now, or has none and needs no comparison.
   */
  private fingerprint(row: RowValues): string {
    return JSON.stringify((this.columns ?? Object.keys(row)).map((column) => row[column] ?? null));
  }

  private keyOf(row: RowValues): string {
    return JSON.stringify(this.spec.key.map((column) => row[column]));
  }

  private keyColumns(key: string): RowValues {
    const values = JSON.parse(key) as unknown[];
    return Object.fromEntries(this.spec.key.map((column, index) => [column, values[index]]));
  }
}
