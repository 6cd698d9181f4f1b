import { openDatabase, PostgresEventStore } from '@planledger/event-store';
import { testDatabases, uniqueId } from '@planledger/testing';
import { PlanTextQueries } from '../plan-nodes/plan-text-queries';
import { PlanQueries } from '../plans/plan-queries';
import { ReadModels } from '../read-models';
import { qualityPlanDocument } from '../testing/documents';
import { PlanAuthor } from '../testing/plan-author';
import { createProjectionDataSource } from './projection-data-source';

// Opening databases and waiting for projections outlast jest's default 5 s on a busy machine.
jest.setTimeout(60_000);

describe.each(testDatabases())('TypeORM on the shared pool, on $name', (target) => {
  it('runs projection transactions, appends and reads all at once through the one pool', async () => {
    const database = await target.open();
    const store = await PostgresEventStore.open(database, { pollIntervalMs: 50 });
    const readModels = await ReadModels.start({ database, store, batchSize: 7 });
    try {
      const plans = new PlanQueries(readModels.dataSource);
      const text = new PlanTextQueries(readModels.dataSource);
      const writing = Array.from({ length: 4 }, async () => {
        const plan = await PlanAuthor.create(store, uniqueId('plan'), '质量强区建设实施方案');
        await plan.importText(qualityPlanDocument());
        for (let edit = 0; edit < 15; edit++) await plan.editText('goal-products', `${95 + edit}%`, `${96 + edit}%`);
        return plan;
      });
      const reading = Array.from({ length: 30 }, async (_, index) => {
        await plans.list({ limit: 5 });
        await store.readAll({ maxCount: 20 });
        // A TypeORM transaction of its own in the middle of everything else.
        return readModels.dataSource.transaction((manager) => manager.query('SELECT $1::int AS n', [index]));
      });
      const [authors, answers] = await Promise.all([Promise.all(writing), Promise.all(reading)]);
      expect(answers.map(([row]) => row.n)).toEqual(Array.from({ length: 30 }, (_, index) => index));

      for (const plan of authors) await readModels.waitFor(plan.position);
      for (const plan of authors) {
        expect(await plans.get(plan.planId)).toMatchObject({ revision: 17 });
        expect((await text.node(plan.planId, 'goal-products'))?.text).toContain('达到110%以上');
      }
      expect(readModels.failures()).toEqual([]);
    } finally {
      await readModels.stop();
      // Destroying the DataSource left the shared pool open for the store.
      expect(await store.readAll({ maxCount: 1 })).toHaveLength(1);
      await store.close();
      await database.close();
    }
  });

});

describe('TypeORM on PGlite', () => {
  it('never opens a connection of its own: it uses the one the Database holds', async () => {
    const database = await openDatabase({ dataDir: 'memory://' });
    const dataSource = await createProjectionDataSource(database).initialize();
    try {
      const [{ pid }] = await dataSource.query('SELECT pg_backend_pid() AS pid');
      const { rows } = await database.pool.query('SELECT pg_backend_pid() AS pid');
      expect(pid).toBe(rows[0].pid);
      expect(database.pool.totalCount).toBe(1);
      expect(database.pool.listenerCount('error')).toBe(1);
    } finally {
      await dataSource.destroy();
      await database.close();
    }
  });
});
