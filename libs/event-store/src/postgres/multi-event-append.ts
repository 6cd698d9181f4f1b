import { PreparedAppend } from '../validation/append-input';
import { AppendQuery, expectedText } from './append-query';

/**
 * Appends of 2..MAX_STATEMENT_EVENTS events get one plain statement per event count, prepared
 * once per connection: the events arrive as parameters of their own (no JSON array to parse and
 * take apart) and there is no PL/pgSQL to enter, as event_store.append (002-append-function)
 * does. Same meaning, same hashes:
 * - head locks the stream row (every hash needs the old head);
 * - chain starts from the head before the append (revision -1 and empty bytes for a new
 *   stream), or is empty if the expectation fails, and hashes each event from the one before;
 * - the events are inserted in chain order (positions follow it), and the head is written with
 *   the last revision and hash: moved if the stream exists (its row is locked), else created.
 * A concurrent creator of the same new stream, which this statement could not lock, makes it
 * raise unique_violation on the events' revisions (both start at 0), so none of it commits;
 * the caller retries, and the next attempt finds the stream. A failed expectation writes
 * nothing, and event_store.append_refusal answers in the same round trip, as in
 * single-event-append.ts.
 *
 * Parameters: $1 stream, $2 expectation ('any' | 'no-stream' | 'stream-exists' | a revision as
 * text), then per event id, type, data, metadata. Result: revision, transaction id and position
 * of the last event, and the refusal (append_refusal's array) or null.
 */
export const MAX_STATEMENT_EVENTS = 32;

const FIRST_EVENT_PARAMETER = 3;
const PARAMETERS_PER_EVENT = 4;
const texts = new Map<number, string>();

export function multiEventQuery(append: PreparedAppend): AppendQuery {
  const count = append.events.length;
  if (count < 2 || count > MAX_STATEMENT_EVENTS) throw new Error(`no multi-event statement for ${count} events`);
  const values: unknown[] = [append.streamId, expectedText(append)];
  for (const event of append.events) values.push(event.id, event.type, event.dataJson, event.metadataJson);
  let text = texts.get(count);
  if (text === undefined) {
    text = statementText(count);
    texts.set(count, text);
  }
  return { name: `event_store.append_many_${count}`, text, values, rowMode: 'array' };
}

function statementText(count: number): string {
  const parameter = (event: number, field: number) => `$${FIRST_EVENT_PARAMETER + event * PARAMETERS_PER_EVENT + field}`;
  const events = Array.from({ length: count }, (_, k) => k);
  const rows = events.map((k) => `(${k + 1}, ${parameter(k, 0)}::uuid, ${parameter(k, 1)}::text, ${parameter(k, 2)}::jsonb, ${parameter(k, 3)}::jsonb)`);
  const ids = events.map((k) => `${parameter(k, 0)}::uuid`);
  return `
  WITH RECURSIVE input (n, id, type, data, metadata) AS (
    VALUES ${rows.join(', ')}
  ), head AS (
    SELECT s.revision, s.head_hash FROM event_store.streams AS s WHERE s.stream_id = $1 FOR UPDATE
  ), chain (n, revision, hash, id, type, data, metadata) AS (
    SELECT 0, coalesce(h.revision, -1), coalesce(h.head_hash, '\\x'::bytea), NULL::uuid, NULL::text, NULL::jsonb, NULL::jsonb
      FROM (SELECT) AS one LEFT JOIN head AS h ON true
     WHERE CASE $2::text WHEN 'any' THEN true
                         WHEN 'no-stream' THEN h.revision IS NULL
                         WHEN 'stream-exists' THEN h.revision IS NOT NULL
                         ELSE h.revision = $2::bigint END
    UNION ALL
    SELECT i.n, c.revision + 1,
           sha256(c.hash || event_store.canonical_event($1, c.revision + 1, i.id, i.type, i.data, i.metadata, now())),
           i.id, i.type, i.data, i.metadata
      FROM chain AS c JOIN input AS i ON i.n = c.n + 1
  ), head_written AS (
    INSERT INTO event_store.streams AS s (stream_id, revision, head_hash)
    SELECT $1, c.revision, c.hash FROM chain AS c WHERE c.n = ${count}
    ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision, head_hash = excluded.head_hash
  ), inserted AS (
    INSERT INTO event_store.events AS e
        (stream_id, stream_revision, event_id, event_type, data, metadata, created_at, hash)
      SELECT $1, c.revision, c.id, c.type, c.data, c.metadata, now(), c.hash
        FROM chain AS c
       WHERE c.n > 0
       ORDER BY c.n
    RETURNING e.stream_revision, e.transaction_id, e.global_position
  )
  SELECT max(i.stream_revision), max(i.transaction_id), max(i.global_position),
         CASE WHEN count(*) = 0 THEN event_store.append_refusal($1, ARRAY[${ids.join(', ')}]) END
    FROM inserted AS i`;
}
