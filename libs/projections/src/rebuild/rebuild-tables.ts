import type { Projection, SqlExecutor } from '../runner/projection';
import { inOrder } from '../schema/migrate-read-models';
import { qualified, quoteIdentifier, READ_SCHEMA, REBUILD_SCHEMA } from '../schema/read-schema';

/**
 * Fresh, empty tables for the projection in REBUILD_SCHEMA, made by its own migrations so they
 * match the live ones name for name (indexes and constraints included). Leftovers of an earlier,
 * interrupted rebuild are dropped first.
 */
export async function createRebuildTables(sql: SqlExecutor, projection: Projection): Promise<void> {
  await sql(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(REBUILD_SCHEMA)}`);
  await dropRebuildTables(sql, projection);
  for (const migration of inOrder(projection.migrations)) await sql(migration.sql(REBUILD_SCHEMA));
}

export async function dropRebuildTables(sql: SqlExecutor, projection: Projection): Promise<void> {
  for (const table of projection.tables) await sql(`DROP TABLE IF EXISTS ${qualified(REBUILD_SCHEMA, table)} CASCADE`);
}

/**
 * Replaces the live tables by the rebuilt ones. Moving a table to another schema renames nothing
 * else (its indexes follow it), and readers waiting on the old table find the new one by name
 * once the transaction commits: they never see an empty or half-built table.
 */
export async function swapInRebuiltTables(sql: SqlExecutor, projection: Projection): Promise<void> {
  for (const table of projection.tables) {
    await sql(`DROP TABLE IF EXISTS ${qualified(READ_SCHEMA, table)} CASCADE`);
    await sql(`ALTER TABLE ${qualified(REBUILD_SCHEMA, table)} SET SCHEMA ${quoteIdentifier(READ_SCHEMA)}`);
  }
}

/**
 * Drops the secondary indexes of the rebuild tables (those backing no constraint: primary keys
 * and unique constraints stay, upserts need them) and returns their definitions. Building an index
 * once over the loaded table is cheaper than maintaining it row by row during the load.
 */
export async function dropSecondaryIndexes(sql: SqlExecutor, projection: Projection): Promise<string[]> {
  const indexes = await sql<{ indexname: string; indexdef: string }>(
    `SELECT ix.relname AS indexname, pg_get_indexdef(i.indexrelid) AS indexdef
       FROM pg_index i
       JOIN pg_class ix ON ix.oid = i.indexrelid
       JOIN pg_class rel ON rel.oid = i.indrelid
       JOIN pg_namespace ns ON ns.oid = rel.relnamespace
      WHERE ns.nspname = $1 AND rel.relname = ANY($2)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY ix.relname`,
    [REBUILD_SCHEMA, projection.tables],
  );
  for (const { indexname } of indexes) await sql(`DROP INDEX ${qualified(REBUILD_SCHEMA, indexname)}`);
  return indexes.map(({ indexdef }) => indexdef);
}

/** Creates the indexes `dropSecondaryIndexes` dropped, exactly as the migrations defined them. */
export async function restoreIndexes(sql: SqlExecutor, definitions: readonly string[]): Promise<void> {
  for (const definition of definitions) await sql(definition);
}
