import type { Database } from '@planledger/event-store';
import type { Projection } from '../runner/projection';
import { CORE_MIGRATIONS } from './core-migrations';
import { ReadMigration } from './migration';
import { qualified, quoteIdentifier, READ_SCHEMA } from './read-schema';

export interface ReadMigrationReport {
  /** `scope:version` of every step this call applied; empty when everything was current. */
  applied: string[];
}

/**
 * Brings the read schema up to date for the given projections. Idempotent and safe when several
 * processes start at once: one transaction under an advisory lock, so a second caller waits and
 * then finds every step recorded in read.schema_migrations. A failing step rolls back the call.
 * Explicit SQL only: TypeORM's `synchronize` is never used on these tables.
 */
export async function migrateReadModels(database: Database, projections: readonly Projection[]): Promise<ReadMigrationReport> {
  const client = await database.pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('planledger.read_models.migrations'))");
    await client.query(`
      CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(READ_SCHEMA)};
      CREATE TABLE IF NOT EXISTS ${qualified(READ_SCHEMA, 'schema_migrations')} (
        scope text COLLATE "C" NOT NULL,
        version integer NOT NULL,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, version)
      );
    `);
    const { rows } = await client.query<{ scope: string; version: number }>(
      `SELECT scope, version FROM ${qualified(READ_SCHEMA, 'schema_migrations')}`,
    );
    const done = new Set(rows.map((row) => `${row.scope}:${row.version}`));
    const applied: string[] = [];
    const scopes: Array<[string, readonly ReadMigration[]]> = [
      ['core', CORE_MIGRATIONS],
      ...projections.map((projection): [string, readonly ReadMigration[]] => [projection.name, projection.migrations]),
    ];
    for (const [scope, migrations] of scopes) {
      for (const migration of inOrder(migrations)) {
        const key = `${scope}:${migration.version}`;
        if (done.has(key)) continue;
        await client.query(migration.sql(READ_SCHEMA));
        await client.query(`INSERT INTO ${qualified(READ_SCHEMA, 'schema_migrations')} (scope, version, name) VALUES ($1, $2, $3)`, [
          scope,
          migration.version,
          migration.name,
        ]);
        applied.push(key);
        done.add(key);
      }
    }
    await client.query('COMMIT');
    return { applied };
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}

export function inOrder(migrations: readonly ReadMigration[]): ReadMigration[] {
  return [...migrations].sort((a, b) => a.version - b.version);
}
