import { testDatabases } from '@planledger/testing';
import { ALL_PROJECTIONS } from '../projections';
import { migrateReadModels } from './migrate-read-models';
import { qualified, READ_SCHEMA } from './read-schema';

// Opening databases outlasts jest's default 5 s on a busy machine.
jest.setTimeout(60_000);

describe.each(testDatabases())('read model migrations on $name', (target) => {
  it('apply each step once, even when several callers race, and create every table', async () => {
    const database = await target.open();
    try {
      const reports = await Promise.all([migrateReadModels(database, ALL_PROJECTIONS), migrateReadModels(database, ALL_PROJECTIONS)]);
      const again = await migrateReadModels(database, ALL_PROJECTIONS);
      expect(again.applied).toEqual([]);
      const applied = reports.flatMap((report) => report.applied);
      expect(new Set(applied).size).toBe(applied.length);

      const { rows: steps } = await database.pool.query<{ scope: string }>(`SELECT scope FROM ${qualified(READ_SCHEMA, 'schema_migrations')}`);
      const scopes = new Set(steps.map((step) => step.scope));
      for (const scope of ['core', ...ALL_PROJECTIONS.map((projection) => projection.name)]) expect(scopes).toContain(scope);

      const { rows: tables } = await database.pool.query<{ tablename: string }>('SELECT tablename FROM pg_tables WHERE schemaname = $1', [READ_SCHEMA]);
      const names = tables.map((table) => table.tablename);
      for (const table of ['projection_checkpoints', ...ALL_PROJECTIONS.flatMap((projection) => projection.tables)]) expect(names).toContain(table);
    } finally {
      await database.close();
    }
  });
});
