import { PostgresEventStore, type Database } from '@planledger/event-store';
import type { TestDatabaseTarget } from '@planledger/testing';
import type { DataSource } from 'typeorm';
import { createProjectionDataSource } from '../database/projection-data-source';
import { ProjectionRunner, type ProjectionRunnerOptions } from '../runner/projection-runner';
import type { Projection } from '../runner/projection';
import { migrateReadModels } from '../schema/migrate-read-models';
import { ALL_PROJECTIONS } from '../projections';

/** A database with the event store and the read schema, and TypeORM on its pool. */
export interface ProjectionTestbed {
  database: Database;
  store: PostgresEventStore;
  dataSource: DataSource;
  /** A started runner, stopped by `close`. */
  run(projection: Projection, options?: Partial<ProjectionRunnerOptions>): Promise<ProjectionRunner>;
  close(): Promise<void>;
}

export async function openTestbed(target: TestDatabaseTarget): Promise<ProjectionTestbed> {
  const database = await target.open();
  // Short polling: appends from this process wake subscriptions at once anyway; this only bounds caughtUp().
  const store = await PostgresEventStore.open(database, { pollIntervalMs: 50 });
  await migrateReadModels(database, ALL_PROJECTIONS);
  const dataSource = await createProjectionDataSource(database).initialize();
  const runners: ProjectionRunner[] = [];
  return {
    database,
    store,
    dataSource,
    async run(projection, options = {}) {
      const runner = new ProjectionRunner({ dataSource, store, projection, ...options });
      runners.push(runner);
      await runner.start();
      return runner;
    },
    async close() {
      await Promise.all(runners.map((runner) => runner.stop()));
      await store.close();
      await dataSource.destroy();
      await database.close();
    },
  };
}
