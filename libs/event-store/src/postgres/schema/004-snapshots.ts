import { Migration } from './migration';

/** Snapshots are keyed by state schema version too, so old and new state shapes can coexist. */
export const createSnapshots: Migration = {
  version: 4,
  name: 'create snapshots',
  sql: `
    CREATE TABLE event_store.snapshots (
      stream_id text COLLATE "C" NOT NULL,
      revision bigint NOT NULL,
      schema_version integer NOT NULL,
      state jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (stream_id, revision, schema_version)
    );
  `,
};
