import type { DataSource } from 'typeorm';
import type { SqlExecutor } from './projection';

/**
 * Runs `work` in one transaction on a TypeORM query runner (a connection of the shared pool;
 * on PGlite the connection, so nothing inside may query through the pool). Commits if `work`
 * resolves, rolls back and rethrows if it throws.
 */
export async function inTransaction<T>(dataSource: DataSource, work: (sql: SqlExecutor) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    try {
      const result = await work((text, parameters) => runner.query(text, parameters));
      await runner.commitTransaction();
      return result;
    } catch (error) {
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
  } finally {
    await runner.release();
  }
}
