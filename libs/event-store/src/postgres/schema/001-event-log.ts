import { Migration } from './migration';

/**
 * The log itself. An event's position is (transaction_id, global_position): ordering by the
 * writing transaction first lets readers stop below the oldest transaction still in flight, so
 * an event committed late can never appear behind a reader (see read-queries.ts).
 * `streams` records each stream's head revision and hash, so a truncated tail is detectable;
 * it is updated by every append, so its pages keep room for HOT updates (fillfactor).
 * Stream ids compare bytewise (COLLATE "C"): they are identifiers, not prose.
 */
export const createEventLog: Migration = {
  version: 1,
  name: 'create the event log',
  sql: `
    CREATE TABLE event_store.streams (
      stream_id text COLLATE "C" PRIMARY KEY,
      revision bigint NOT NULL,
      head_hash bytea NOT NULL
    ) WITH (fillfactor = 70);

    CREATE TABLE event_store.events (
      global_position bigint GENERATED ALWAYS AS IDENTITY,
      transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
      stream_id text COLLATE "C" NOT NULL,
      stream_revision bigint NOT NULL,
      event_id uuid NOT NULL,
      event_type text NOT NULL,
      data jsonb NOT NULL,
      metadata jsonb NOT NULL,
      created_at timestamptz NOT NULL,
      hash bytea NOT NULL,
      CONSTRAINT events_pkey PRIMARY KEY (transaction_id, global_position),
      CONSTRAINT events_event_id_key UNIQUE (event_id),
      CONSTRAINT events_stream_revision_key UNIQUE (stream_id, stream_revision)
    );
  `,
};
