import type { Database, EventStore, Position } from '@planledger/event-store';
import type { DataSource } from 'typeorm';
import { createProjectionDataSource } from './database/projection-data-source';
import { ALL_PROJECTIONS } from './projections';
import type { Projection } from './runner/projection';
import { ProjectionRunner, type ProjectionRunnerOptions } from './runner/projection-runner';
import { migrateReadModels } from './schema/migrate-read-models';

export interface StartReadModelsOptions {
  database: Database;
  store: EventStore;
  /** Default: every projection. */
  projections?: readonly Projection[];
  batchSize?: number;
  /** How a failed runner starts again by itself (see ProjectionRunnerOptions.restart). Default 1 s, doubling up to 1 min. */
  restart?: ProjectionRunnerOptions['restart'];
}

const RESTART = { firstDelayMs: 1000, maxDelayMs: 60_000 };

/**
 * The read side of one process: the read schema migrated, TypeORM on the shared pool, and a
 * runner per projection, which starts again by itself after a failure. What an app wires in at start and stops at shutdown.
 */
export class ReadModels {
  private constructor(
    readonly dataSource: DataSource,
    readonly runners: ReadonlyMap<string, ProjectionRunner>,
  ) {}

  static async start(options: StartReadModelsOptions): Promise<ReadModels> {
    const projections = options.projections ?? ALL_PROJECTIONS;
    await migrateReadModels(options.database, projections);
    const dataSource = await createProjectionDataSource(options.database).initialize();
    const runners = new Map(
      projections.map((projection) => [
        projection.name,
        new ProjectionRunner({ dataSource, store: options.store, projection, batchSize: options.batchSize, restart: options.restart ?? RESTART }),
      ]),
    );
    try {
      for (const runner of runners.values()) await runner.start();
    } catch (error) {
      await Promise.all([...runners.values()].map((runner) => runner.stop()));
      await dataSource.destroy();
      throw error;
    }
    return new ReadModels(dataSource, runners);
  }

  /** Read-your-writes: resolves once every projection reflects the log up to `position`. */
  async waitFor(position: Position): Promise<void> {
    await Promise.all([...this.runners.values()].map((runner) => runner.waitFor(position)));
  }

  async caughtUp(): Promise<void> {
    await Promise.all([...this.runners.values()].map((runner) => runner.caughtUp()));
  }

  /** Projections that stopped on an error, with it. */
  failures(): Array<{ projection: string; error: Error }> {
    return [...this.runners.values()].flatMap((runner) => (runner.failure ? [{ projection: runner.name, error: runner.failure }] : []));
  }

  async stop(): Promise<void> {
    await Promise.all([...this.runners.values()].map((runner) => runner.stop()));
    await this.dataSource.destroy();
  }
}
