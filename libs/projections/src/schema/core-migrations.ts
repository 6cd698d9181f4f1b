import { ReadMigration } from './migration';
import { qualified } from './read-schema';

/**
 * One checkpoint per projection (and per rebuild in progress): the position of the last event
 * whose effects are in the projection's rows, written in the same transaction as those rows.
 * `generation` counts rebuild swaps, so a runner in any process notices its tables were replaced
 * and drops what it remembered about the old ones.
 */
export const CORE_MIGRATIONS: readonly ReadMigration[] = [
  {
    version: 1,
    name: 'projection checkpoints',
    sql: (schema) => `
      CREATE TABLE ${qualified(schema, 'projection_checkpoints')} (
        projection text COLLATE "C" PRIMARY KEY,
        position text COLLATE "C",
        generation integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
];
