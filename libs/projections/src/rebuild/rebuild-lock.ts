import type { Database } from '@planledger/event-store';
import type { PoolClient } from 'pg';
import { RebuildInProgressError } from '../runner/errors';

const rebuildingHere = new Set<string>();

/**
 * One rebuild per projection at a time. In this process a set says so; on PostgreSQL a session
 * advisory lock, held on a connection of its own for the whole rebuild, says so to every other
 * process. PGlite has one connection and one process, so the set is enough there (and a session
 * lock on the shared session would not exclude anything).
 */
export class RebuildLock {
  private constructor(
    private readonly name: string,
    private readonly client: PoolClient | undefined,
  ) {}

  static async acquire(database: Database, projection: string): Promise<RebuildLock> {
    if (rebuildingHere.has(projection)) throw new RebuildInProgressError(projection);
    rebuildingHere.add(projection);
    if (database.kind === 'pglite') return new RebuildLock(projection, undefined);
    try {
      const client = await database.pool.connect();
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [lockKey(projection)]);
      if (rows[0].locked) return new RebuildLock(projection, client);
      client.release();
      throw new RebuildInProgressError(projection);
    } catch (error) {
      rebuildingHere.delete(projection);
      throw error;
    }
  }

  async release(): Promise<void> {
    try {
      if (this.client) {
        let broken: Error | undefined;
        await this.client.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey(this.name)]).catch((error: Error) => (broken = error));
        this.client.release(broken);
      }
    } finally {
      rebuildingHere.delete(this.name);
    }
  }
}

function lockKey(projection: string): string {
  return `planledger.read_models.rebuild.${projection}`;
}
