/** Where the read models live. Every projection's tables are in READ_SCHEMA. */
export const READ_SCHEMA = 'read';

/**
 * Where `rebuild` builds a projection's fresh tables. They are created by the projection's own
 * migrations, so table, index and constraint names are those of the live tables; the swap then
 * only moves tables between schemas (index names are per schema, so nothing clashes).
 */
export const REBUILD_SCHEMA = 'read_rebuild';

/** A schema-qualified, quoted table name, e.g. "read"."plan_nodes". */
export function qualified(schema: string, table: string): string {
  return `${quoteIdentifier(schema)}.${quoteIdentifier(table)}`;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
