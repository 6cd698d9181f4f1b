import { NormalizedExpectedRevision, PreparedAppend } from '../validation/append-input';

/**
 * One event is the common append, so it gets statements of its own: plain SQL, one per kind of
 * expectation, prepared once per connection. Against the PL/pgSQL function this saves the
 * function call and a statement start-up per append: measured about 15% less CPU on PGlite,
 * about the same on PostgreSQL.
 * Each statement writes the stream head and the event or, when the expectation fails, asks
 * event_store.refuse_append for the outcome (a replay's original result, or the refusal) in the
 * same round trip. The hash is the one event_store.append computes (002-append-function).
 *
 * Listeners are notified after commit, not here (see append-notifier.ts).
 * Parameters: $1 stream, $2 event id, $3 type, $4 data, $5 metadata, and $6 the expected
 * revision (exact statement only). Result: revision, transaction id, position, error, detail.
 */
const EVENT_FROM_HEAD = `
  inserted AS (
    INSERT INTO event_store.events AS e
        (stream_id, stream_revision, event_id, event_type, data, metadata, created_at, hash)
      SELECT $1, head.revision, $2::uuid, $3, $4::jsonb, $5::jsonb, now(), head.head_hash FROM head
    RETURNING e.stream_revision, e.transaction_id, e.global_position
  )
  SELECT i.stream_revision, i.transaction_id, i.global_position, NULL::text, NULL::text
    FROM inserted AS i
  UNION ALL
  SELECT r.* FROM event_store.refuse_append($1, jsonb_build_array(jsonb_build_object('id', $2::uuid))) AS r
   WHERE NOT EXISTS (SELECT 1 FROM head)`;

const NEXT_HASH = `sha256(s.head_hash || event_store.canonical_event($1, s.revision + 1, $2::uuid, $3, $4::jsonb, $5::jsonb, now()))`;
const FIRST_HASH = `sha256('\\x'::bytea || event_store.canonical_event($1, 0, $2::uuid, $3, $4::jsonb, $5::jsonb, now()))`;

/** At an exact revision ($6), or 'stream-exists' ($6 null): move an existing head only. */
const APPEND_TO_EXISTING = `
  WITH head AS (
    UPDATE event_store.streams AS s SET revision = s.revision + 1, head_hash = ${NEXT_HASH}
     WHERE s.stream_id = $1 AND ($6::bigint IS NULL OR s.revision = $6::bigint)
    RETURNING s.revision, s.head_hash
  ), ${EVENT_FROM_HEAD}`;

/** 'no-stream': create the head; a concurrent creator makes this wait, then meet the conflict. */
const APPEND_TO_NEW = `
  WITH head AS (
    INSERT INTO event_store.streams AS s (stream_id, revision, head_hash) VALUES ($1, 0, ${FIRST_HASH})
    ON CONFLICT (stream_id) DO NOTHING
    RETURNING s.revision, s.head_hash
  ), ${EVENT_FROM_HEAD}`;

/** 'any': create the head, or move it. */
const APPEND_TO_ANY = `
  WITH head AS (
    INSERT INTO event_store.streams AS s (stream_id, revision, head_hash) VALUES ($1, 0, ${FIRST_HASH})
    ON CONFLICT (stream_id) DO UPDATE SET revision = s.revision + 1, head_hash = ${NEXT_HASH}
    RETURNING s.revision, s.head_hash
  ), ${EVENT_FROM_HEAD}`;

export interface SingleEventQuery {
  name: string;
  text: string;
  values: unknown[];
}

export function singleEventQuery(append: PreparedAppend): SingleEventQuery {
  const [event] = append.events;
  const values: unknown[] = [append.streamId, event.id, event.type, event.dataJson, event.metadataJson];
  const expected: NormalizedExpectedRevision = append.expected;
  switch (expected) {
    case 'no-stream':
      return { name: 'event_store.append_one_new', text: APPEND_TO_NEW, values };
    case 'any':
      return { name: 'event_store.append_one_any', text: APPEND_TO_ANY, values };
    case 'stream-exists':
      return { name: 'event_store.append_one_existing', text: APPEND_TO_EXISTING, values: [...values, null] };
    default:
      return { name: 'event_store.append_one_existing', text: APPEND_TO_EXISTING, values: [...values, expected.toString()] };
  }
}
