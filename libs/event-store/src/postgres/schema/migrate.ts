import { Database } from '../database';
import { Migration } from './migration';
import { MIGRATIONS } from './migrations';

export interface MigrationReport {
  /** Versions this call applied; empty when the schema was already current. */
  applied: number[];
  /** The schema version after the call. */
  version: number;
}

/**
 * Brings the event_store schema up to date. Idempotent, and safe when several processes start at
 * once: everything runs in one transaction holding an advisory lock, so a second process waits,
 * then finds the steps recorded in event_store.schema_migrations and applies nothing. A failing
 * step rolls back the whole call.
 */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<MigrationReport> {
  const client = await db.pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('planledger.event_store.migrations'))");
    await client.query(`
      CREATE SCHEMA IF NOT EXISTS event_store;
      CREATE TABLE IF NOT EXISTS event_store.schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      );
    `);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM event_store.schema_migrations');
    const done = new Set(rows.map((row) => row.version));
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO event_store.schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
      done.add(migration.version);
    }
    await client.query('COMMIT');
    return { applied, version: Math.max(0, ...done) };
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}
