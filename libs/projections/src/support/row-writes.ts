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

/** A column of `insertColumns`: its name and SQL type, as the table's migration declares them. */
export interface ColumnSpec {
  name: string;
  type: string;
}

/** One column's values, one per row: text, a number, or null. */
export type ColumnValues = Array<string | number | null>;

const SEPARATOR = '\u0001';
const NULL_MARK = '\u0002';

/**
 * Bulk insert of rows held column by column (`values[i]` is column i of every row), in one
 * statement. Each column travels as one string of its values joined by U+0001 (null as U+0002)
 * that `string_to_array` splits again in the server: a fraction of what parsing JSON rows or array
 * literals costs there, most of all on PGlite. A column with either character in a value, or a
 * lone row (`string_to_array` reads '' as no element at all), travels as an array literal instead.
 */
export async function insertColumns(
  sql: SqlExecutor,
  table: string,
  columns: readonly ColumnSpec[],
  values: ReadonlyArray<Readonly<ColumnValues>>,
): Promise<void> {
  const rows = values[0]?.length ?? 0;
  if (rows === 0) return;
  const parameters = values.map((column) => (rows > 1 ? joined(column) : undefined) ?? column);
  const unnested = columns.map(({ type }, index) =>
    typeof parameters[index] === 'string' ? `string_to_array($${index + 1}, chr(1), chr(2))::${type}[]` : `$${index + 1}::${type}[]`,
  );
  const names = columns.map(({ name }) => quoteIdentifier(name)).join(', ');
  await sql(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${unnested.join(', ')})`, parameters);
}

/** The column as one string for `string_to_array`, or undefined when a value holds a marker. */
function joined(column: Readonly<ColumnValues>): string | undefined {
  const nulls = column.filter((value) => value === null).length;
  const text = column.map((value) => (value === null ? NULL_MARK : String(value))).join(SEPARATOR);
  // The markers put in are exactly column.length - 1 separators and one mark per null: any more
  // came from the values.
  return occurrences(text, SEPARATOR) === column.length - 1 && occurrences(text, NULL_MARK) === nulls ? text : undefined;
}

function occurrences(text: string, char: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) count++;
  return count;
}
