import type { SqlExecutor } from '../runner/projection';
import { quoteIdentifier } from '../schema/read-schema';

/** A row as written: snake_case column names to JSON values (jsonb columns take any JSON). */
export type RowValues = Record<string, unknown>;

/**
 * Bulk writes in one statement each, whatever the number of rows: the rows travel as one jsonb
 * parameter and `jsonb_populate_recordset` turns them into records of the table's own row type,
 * so column types are declared once, in the migration. Rows of one call must share their keys.
 */
export async function insertRows(sql: SqlExecutor, table: string, rows: readonly RowValues[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = columnList(rows);
  await sql(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`, [
    JSON.stringify(rows),
  ]);
}

/**
 * Inserts, or updates the row with the same key. `insertOnly` columns keep their first value
 * (e.g. created_at). A key must not occur twice in one call (PostgreSQL refuses that).
 */
export async function upsertRows(
  sql: SqlExecutor,
  table: string,
  rows: readonly RowValues[],
  key: readonly string[],
  insertOnly: readonly string[] = [],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = columnList(rows);
  const updated = Object.keys(rows[0]).filter((column) => !key.includes(column) && !insertOnly.includes(column));
  const onConflict =
    updated.length === 0
      ? 'DO NOTHING'
      : `DO UPDATE SET ${updated.map((column) => `${quoteIdentifier(column)} = EXCLUDED.${quoteIdentifier(column)}`).join(', ')}`;
  await sql(
    `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)
     ON CONFLICT (${key.map(quoteIdentifier).join(', ')}) ${onConflict}`,
    [JSON.stringify(rows)],
  );
}

/** Deletes the rows whose key columns match one of `keys`. */
export async function deleteRows(sql: SqlExecutor, table: string, keys: readonly RowValues[], key: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  const columns = key.map(quoteIdentifier).join(', ');
  await sql(`DELETE FROM ${table} WHERE (${columns}) IN (SELECT ${columns} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb))`, [
    JSON.stringify(keys),
  ]);
}

/**
 * Reads the rows whose key columns match one of `keys`, as JSON (`to_jsonb`): dates and times come
 * back as the strings `jsonb_populate_recordset` reads, so a row read, changed and upserted again
 * round-trips exactly (pg would turn a date into a local-time Date).
 */
export async function selectRows<Row extends RowValues>(
  sql: SqlExecutor,
  table: string,
  keys: readonly RowValues[],
  key: readonly string[],
): Promise<Row[]> {
  if (keys.length === 0) return [];
  const columns = key.map(quoteIdentifier).join(', ');
  const rows = await sql<{ row: Row }>(
    `SELECT to_jsonb(t) AS row FROM ${table} t
      WHERE (${columns}) IN (SELECT ${columns} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb))`,
    [JSON.stringify(keys)],
  );
  return rows.map(({ row }) => row);
}

function columnList(rows: readonly RowValues[]): string {
  return Object.keys(rows[0]).map(quoteIdentifier).join(', ');
}

/** Updates existing rows by key; rows that do not exist are left absent. */
export async function updateRows(sql: SqlExecutor, table: string, rows: readonly RowValues[], key: readonly string[]): Promise<void> {
  if (rows.length === 0) return;
  const updated = Object.keys(rows[0]).filter((column) => !key.includes(column));
  const assignments = updated.map((column) => `${quoteIdentifier(column)} = r.${quoteIdentifier(column)}`).join(', ');
  const match = key.map((column) => `t.${quoteIdentifier(column)} = r.${quoteIdentifier(column)}`).join(' AND ');
  await sql(`UPDATE ${table} t SET ${assignments} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb) r WHERE ${match}`, [
    JSON.stringify(rows),
  ]);
}
