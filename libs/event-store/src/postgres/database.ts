import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { Pool } from 'pg';

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
  const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  const address = server.getServerConn();
  const [host, port] = address.split(':');
  const pool = new Pool({ host, port: Number(port), user: 'postgres', database: 'postgres', max: 1 });
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
