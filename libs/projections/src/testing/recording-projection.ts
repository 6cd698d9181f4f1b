import { positionToString, type StoredEvent } from '@planledger/event-store';
import type { Projection, SqlExecutor } from '../runner/projection';
import { qualified } from '../schema/read-schema';

export interface RecordingOptions {
  /** Only events of streams starting with this prefix are recorded (others still move the checkpoint). */
  streamPrefix: string;
  /** Throw when reaching an event for which this returns true (after the rows before it were written). */
  failOn?: (event: StoredEvent) => boolean;
}

/**
 * A projection for runner specs: one row per event of the test's streams, written one INSERT per
 * event so a failure part-way through a batch leaves earlier rows of the same transaction behind
 * (until the rollback). The primary key on event_id turns a double application into an error.
 */
export function recordingProjection(name: string, options: RecordingOptions): Projection {
  const table = (schema: string) => qualified(schema, name);
  return {
    name,
    tables: [name],
    migrations: [
      {
        version: 1,
        name,
        sql: (schema) => `
          CREATE TABLE ${table(schema)} (
            event_id uuid PRIMARY KEY,
            stream_id text NOT NULL,
            stream_revision integer NOT NULL,
            position text NOT NULL
          );
        `,
      },
    ],
    createProjector: ({ schema }) => ({
      async apply(events: readonly StoredEvent[], sql: SqlExecutor): Promise<void> {
        for (const event of events) {
          if (!event.streamId.startsWith(options.streamPrefix)) continue;
          if (options.failOn?.(event)) throw new Error(`refusing event ${event.streamId}@${event.streamRevision}`);
          await sql(`INSERT INTO ${table(schema)} (event_id, stream_id, stream_revision, position) VALUES ($1, $2, $3, $4)`, [
            event.id,
            event.streamId,
            event.streamRevision,
            positionToString(event.position),
          ]);
        }
      },
    }),
  };
}

/** The recorded rows of a stream prefix, in log order. */
export async function recordedRows(sql: SqlExecutor, name: string, streamPrefix: string): Promise<Array<{ stream_id: string; stream_revision: number }>> {
  return sql(`SELECT stream_id, stream_revision FROM ${qualified('read', name)} WHERE stream_id LIKE $1 || '%' ORDER BY position`, [streamPrefix]);
}
