import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A new, empty database on the server at `url`, for the few tests that need one (a fresh
 * schema, a store with nothing in it). Dropped by `drop`, which only ever drops what it made.
 */
export async function createScratchDatabase(url: string): Promise<ScratchDatabase> {
  const name = `es_scratch_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await withAdmin(url, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const scratchUrl = new URL(url);
  scratchUrl.pathname = `/${name}`;
  return {
    url: scratchUrl.toString(),
    drop: () => withAdmin(url, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

async function withAdmin<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
