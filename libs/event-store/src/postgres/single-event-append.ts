import { PreparedAppend } from '../validation/append-input';
import { AppendQuery } from './append-query';

/**
 * One event is the common append, so it gets statements of its own: plain SQL, one per kind of
 * expectation, prepared once per connection. Against the PL/pgSQL function this saves the
 * function call and a statement start-up per append.
 * Each statement moves the stream head (which locks it, checks the expectation and chains the
 * hash) and inserts the event from it. When there is no head to move, nothing is written and
 * event_store.append_refusal (005-append-refusal) answers in the same round trip: a replay's
 * original result, or the refusal. It sits in an expression evaluated only then, so an append
 * that goes ahead pays nothing for it. The hash is the one event_store.append computes
 * (002-append-function).
 *
 * Listeners are notified after commit, not here (see append-notifier.ts).
 * Parameters: $1 stream, $2 event id, $3 type, $4 data, $5 metadata, and $6 the expected
 * revision (exact statement only). Result: revision, transaction id, position, and the refusal
 * (append_refusal's array) or null; the 'any' statement never refuses and has no refusal column.
 */
const INSERT_EVENT = `
  INSERT INTO event_store.events AS e
      (stream_id, stream_revision, event_id, event_type, data, metadata, created_at, hash)
    SELECT $1, head.revision, $2::uuid, $3, $4::jsonb, $5::jsonb, now(), head.head_hash FROM head
  RETURNING e.stream_revision, e.transaction_id, e.global_position`;

/** One row whether or not the event was written (measured cheaper than an aggregate or a UNION). */
const EVENT_OR_REFUSAL = `
  inserted AS (${INSERT_EVENT})
  SELECT i.stream_revision, i.transaction_id, i.global_position,
         CASE WHEN i.stream_revision IS NULL THEN event_store.append_refusal($1, ARRAY[$2::uuid]) END
    FROM (SELECT) AS one LEFT JOIN inserted AS i ON true`;

const NEXT_HASH = `sha256(s.head_hash || event_store.canonical_event($1, s.revision + 1, $2::uuid, $3, $4::jsonb, $5::jsonb, now()))`;
const FIRST_HASH = `sha256('\\x'::bytea || event_store.canonical_event($1, 0, $2::uuid, $3, $4::jsonb, $5::jsonb, now()))`;

/** At an exact revision ($6): move the head only if it is there. */
const APPEND_AT_REVISION = `
  WITH head AS (
    UPDATE event_store.streams AS s SET revision = s.revision + 1, head_hash = ${NEXT_HASH}
     WHERE s.stream_id = $1 AND s.revision = $6::bigint
    RETURNING s.revision, s.head_hash
  ), ${EVENT_OR_REFUSAL}`;

/** 'stream-exists': move an existing head. */
const APPEND_TO_EXISTING = `
  WITH head AS (
    UPDATE event_store.streams AS s SET revision = s.revision + 1, head_hash = ${NEXT_HASH}
     WHERE s.stream_id = $1
    RETURNING s.revision, s.head_hash
  ), ${EVENT_OR_REFUSAL}`;

/** 'no-stream': create the head; a concurrent creator makes this wait, then meet the conflict. */
const APPEND_TO_NEW = `
  WITH head AS (
    INSERT INTO event_store.streams AS s (stream_id, revision, head_hash) VALUES ($1, 0, ${FIRST_HASH})
    ON CONFLICT (stream_id) DO NOTHING
    RETURNING s.revision, s.head_hash
  ), ${EVENT_OR_REFUSAL}`;

/**
 * 'any': create the head, or move it; there is always a head, so no refusal. (A resent write
 * meets its own event id instead: append-call.ts resolves that.)
 */
const APPEND_TO_ANY = `
  WITH head AS (
    INSERT INTO event_store.streams AS s (stream_id, revision, head_hash) VALUES ($1, 0, ${FIRST_HASH})
    ON CONFLICT (stream_id) DO UPDATE SET revision = s.revision + 1, head_hash = ${NEXT_HASH}
    RETURNING s.revision, s.head_hash
  ) ${INSERT_EVENT}`;

export function singleEventQuery(append: PreparedAppend): AppendQuery {
  const [event] = append.events;
  const values: unknown[] = [append.streamId, event.id, event.type, event.dataJson, event.metadataJson];
  const { expected } = append;
  switch (expected) {
    case 'no-stream':
      return { name: 'event_store.append_one_new', text: APPEND_TO_NEW, values, rowMode: 'array' };
    case 'any':
      return { name: 'event_store.append_one_any', text: APPEND_TO_ANY, values, rowMode: 'array' };
    case 'stream-exists':
      return { name: 'event_store.append_one_existing', text: APPEND_TO_EXISTING, values, rowMode: 'array' };
    default:
      values.push(expected.toString());
      return { name: 'event_store.append_one_at', text: APPEND_AT_REVISION, values, rowMode: 'array' };
  }
}
