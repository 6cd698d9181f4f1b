import { testDatabases } from '@planledger/testing';
import { Database, openDatabase } from '../database';
import { createScratchDatabase, ScratchDatabase } from '../testing/scratch-database';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';

// Opening databases and waiting for subscriptions outlast jest's default 5 s on a busy machine.
jest.setTimeout(60_000);

const ALL_VERSIONS = MIGRATIONS.map((m) => m.version);

async function appliedVersions(db: Database): Promise<number[]> {
  const { rows } = await db.pool.query<{ version: number }>('SELECT version FROM event_store.schema_migrations ORDER BY version');
  return rows.map((row) => row.version);
}

// A fresh database per test: PGlite in memory, or a scratch database on the PostgreSQL server.
for (const target of testDatabases()) {
  describe(`migrate on ${target.name}`, () => {
    const opened: Array<{ close(): Promise<void> }> = [];
    let scratch: ScratchDatabase | undefined;

    async function freshDatabase(): Promise<Database> {
      if (target.name === 'pglite') return track(await openDatabase({ dataDir: 'memory://' }));
      const url = process.env.DATABASE_URL as string;
      scratch ??= await createScratchDatabase(url);
      return track(await openDatabase({ url: scratch.url, poolSize: 4 }));
    }

    function track(db: Database): Database {
      opened.push(db);
      return db;
    }

    afterEach(async () => {
      for (const db of opened.splice(0)) await db.close();
      await scratch?.drop();
      scratch = undefined;
    });

    it('applies every step once, in order, and nothing the second time', async () => {
      const db = await freshDatabase();
      expect(await migrate(db)).toEqual({ applied: ALL_VERSIONS, version: Math.max(...ALL_VERSIONS) });
      expect(await migrate(db)).toEqual({ applied: [], version: Math.max(...ALL_VERSIONS) });
      expect(await appliedVersions(db)).toEqual(ALL_VERSIONS);
    });

    it('is safe when several processes start at once on an empty database', async () => {
      const first = await freshDatabase();
      const processes = [first, ...(target.name === 'postgres' ? await Promise.all([1, 2, 3, 4].map(() => freshDatabase())) : [first, first])];

      const reports = await Promise.all(processes.map((db) => migrate(db)));

      expect(reports.flatMap((report) => report.applied).sort((a, b) => a - b)).toEqual(ALL_VERSIONS);
      expect(reports.filter((report) => report.applied.length > 0)).toHaveLength(1);
      expect(await appliedVersions(first)).toEqual(ALL_VERSIONS);
    });

    it('applies only the steps added since the last run, and rolls a failing step back whole', async () => {
      const db = await freshDatabase();
      await migrate(db, MIGRATIONS.slice(0, 2));
      expect(await appliedVersions(db)).toEqual(ALL_VERSIONS.slice(0, 2));

      const broken = { version: 99, name: 'broken step', sql: 'CREATE TABLE event_store.half_done (id int); SELECT 1/0;' };
      await expect(migrate(db, [...MIGRATIONS, broken])).rejects.toMatchObject({ code: '22012' });
      expect(await appliedVersions(db)).toEqual(ALL_VERSIONS.slice(0, 2));
      const { rows } = await db.pool.query("SELECT to_regclass('event_store.half_done') AS table");
      expect(rows[0].table).toBeNull();

      expect((await migrate(db)).applied).toEqual(ALL_VERSIONS.slice(2));
    });
  });
}
