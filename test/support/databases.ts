import { randomUUID } from 'node:crypto';
import { Database, openDatabase } from '@planledger/event-store';

/**
 * The databases an integration suite runs against: embedded PGlite always, and the PostgreSQL
 * server at DATABASE_URL when it is set (CI sets it). Suites share a database and isolate by
 * random ids, so nothing is truncated between tests.
 */
export interface TestDatabaseTarget {
  name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

export function testDatabases(): TestDatabaseTarget[] {
  const targets: TestDatabaseTarget[] = [{ name: 'pglite', open: () => openDatabase({ dataDir: 'memory://' }) }];
  const url = process.env.DATABASE_URL;
  if (url) targets.push({ name: 'postgres', open: () => openDatabase({ url, poolSize: 20 }) });
  return targets;
}

/** A short random id for test isolation, e.g. `plan-3f9c2a1b`. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** Poll until `check` returns a value that is not undefined; fails after `timeoutMs`. Never sleeps blindly. */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw lastError ?? new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
