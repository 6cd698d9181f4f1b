import type { Projection, SqlExecutor } from '../runner/projection';
import { qualified, READ_SCHEMA } from '../schema/read-schema';
import { canonicalJson } from '../support/canonical-json';

/**
 * The rows of a projection's live tables that belong to the given plans or rounds (every table
 * has a plan_id or a round_id column), as canonical JSON, sorted: two dumps compare equal exactly
 * when the tables hold the same rows for them.
 */
export async function projectionRows(
  sql: SqlExecutor,
  projection: Projection,
  planIds: readonly string[],
  roundIds: readonly string[],
): Promise<Record<string, string[]>> {
  const dump: Record<string, string[]> = {};
  for (const table of projection.tables) {
    const rows = await sql<{ row: unknown }>(
      `SELECT to_jsonb(t) AS row FROM ${qualified(READ_SCHEMA, table)} t
        WHERE to_jsonb(t)->>'plan_id' = ANY($1) OR to_jsonb(t)->>'round_id' = ANY($2)`,
      [planIds, roundIds],
    );
    dump[table] = rows.map(({ row }) => canonicalJson(row)).sort();
  }
  return dump;
}
