import { DatabaseError, Pool, PoolConfig, QueryConfig, QueryResult, QueryResultRow } from 'pg';

/**
 * The `pg` pool in front of embedded PGlite. PGlite is one backend session, so two habits of
 * pg-pool that are harmless on PostgreSQL hurt here:
 * - `pool.query` closes the connection after any failed query. Every refused append would
 *   then cost a reconnect. Here an error the server reported (DatabaseError: the statement
 *   failed, the session is fine and idle again) keeps the connection; other errors still drop it.
 * - A replacement connection lands in the same session, where named prepared statements of the
 *   previous connection still exist while pg's cache on the new connection is empty. Each new
 *   connection therefore starts with DEALLOCATE ALL.
 */
export class PgliteSessionPool extends Pool {
  constructor(config: PoolConfig) {
    super({ ...config, max: 1 });
    this.on('connect', (client) => {
      // Queued before any query of whoever acquired this connection, so it runs first.
      client.query('DEALLOCATE ALL').catch(() => undefined);
    });
  }

  override query(...args: unknown[]): never {
    const [first, second] = args;
    const usesCallbackOrSubmittable =
      args.some((arg) => typeof arg === 'function') || typeof (first as { submit?: unknown })?.submit === 'function';
    if (usesCallbackOrSubmittable) return (super.query as (...a: unknown[]) => never)(...args);
    return this.queryKeepingSession(first as string | QueryConfig, second as unknown[] | undefined) as never;
  }

  private async queryKeepingSession<R extends QueryResultRow>(query: string | QueryConfig, values?: unknown[]): Promise<QueryResult<R>> {
    const client = await this.connect();
    try {
      const result = await client.query<R>(query, values);
      client.release();
      return result;
    } catch (error) {
      client.release(error instanceof DatabaseError ? undefined : (error as Error));
      throw error;
    }
  }
}
