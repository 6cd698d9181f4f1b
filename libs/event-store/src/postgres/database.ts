import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { Pool } from 'pg';
import { PgliteSessionPool } from './pglite-session-pool';

/**
 * Where the data lives. `DATABASE_URL` wins; otherwise embedded PGlite in `dataDir`
 * (`memory://` keeps it in RAM, for tests and benchmarks).
 */
export interface DatabaseOptions {
  url?: string;
  dataDir?: string;
  /** Pool size on PostgreSQL; embedded PGlite always gets exactly one connection. */
  poolSize?: number;
}

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  /** Every query of the process goes through this pool: on PGlite it holds one connection. */
  readonly pool: Pool;
  /** A connection string for tools that open their own connection (PostgreSQL only). */
  readonly url?: string;
  close(): Promise<void>;
}

/**
 * PGlite is single-connection: it is served over its socket protocol to one `pg` pool of size
 * one, so the whole process shares one session and transactions queue instead of interleaving.
 * The same `pg` code then runs unchanged on PGlite and on PostgreSQL.
 * The socket server admits a few connections although the pool holds one: when the pool replaces
 * a broken connection, the new one may arrive before the server has let go of the old one.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const pool = new Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    pool.on('error', () => undefined); // idle-client errors surface on the next query instead
    return { kind: 'postgres', pool, url: options.url, close: () => pool.end() };
  }
  const dataDir = options.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0, maxConnections: 4 });
  await server.start();
  const address = server.getServerConn();
  const [host, port] = address.split(':');
  // No idle timeout: a reconnect buys nothing in-process, and the session would outlive it anyway.
  const pool = new PgliteSessionPool({ host, port: Number(port), user: 'postgres', database: 'postgres', idleTimeoutMillis: 0 });
  pool.on('error', () => undefined);
  return {
    kind: 'pglite',
    pool,
    close: async () => {
      await pool.end();
      await server.stop();
      await pglite.close();
    },
  };
}
