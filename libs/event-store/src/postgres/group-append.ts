import { PreparedAppend } from '../validation/append-input';
import { expectedText } from './append-query';

/**
 * A group of single-event appends to distinct streams as one set-based statement: one UPDATE
 * moves every existing head it may, one INSERT creates the new heads, one INSERT writes all the
 * events (in the order given), and refuse_append answers for the rest. Each append settles on
 * its own, exactly as it would alone (single-event-append.ts), except one case: 'any' on a
 * stream created concurrently gets no row back, and the caller sends it again alone.
 *
 * Parameter: $1 the group as [{"k", "stream", "expected", "id", "type", "data", "metadata"}].
 * Result per append: k, revision, transaction id, position, error, detail.
 */
export const APPEND_GROUP = `
  WITH input AS (
    SELECT x.k, x.stream, x.expected, x.id, x.type, x.data, x.metadata,
           CASE WHEN x.expected IN ('any', 'no-stream', 'stream-exists') THEN NULL ELSE x.expected::bigint END AS exact
      FROM jsonb_to_recordset($1::jsonb)
        AS x(k integer, stream text, expected text, id uuid, type text, data jsonb, metadata jsonb)
  ), moved AS (
    UPDATE event_store.streams AS s
       SET revision = s.revision + 1,
           head_hash = sha256(s.head_hash || event_store.canonical_event(
             s.stream_id, s.revision + 1, i.id, i.type, i.data, i.metadata, now()))
      FROM input AS i
     WHERE s.stream_id = i.stream AND i.expected <> 'no-stream' AND (i.exact IS NULL OR s.revision = i.exact)
       -- Says again which rows, as an index condition: the planner takes jsonb_to_recordset for
       -- 100 rows and, without it, scans the whole streams table to hash-join them.
       AND s.stream_id = ANY (ARRAY(SELECT g.stream FROM input AS g))
    RETURNING i.k, s.revision, s.head_hash
  ), created AS (
    INSERT INTO event_store.streams AS s (stream_id, revision, head_hash)
    SELECT i.stream, 0, sha256('\\x'::bytea || event_store.canonical_event(i.stream, 0, i.id, i.type, i.data, i.metadata, now()))
      FROM input AS i
     WHERE i.expected IN ('no-stream', 'any') AND NOT EXISTS (SELECT 1 FROM moved AS m WHERE m.k = i.k)
    ON CONFLICT (stream_id) DO NOTHING
    RETURNING s.stream_id, s.revision, s.head_hash
  ), heads AS (
    SELECT m.k, m.revision, m.head_hash FROM moved AS m
    UNION ALL
    SELECT i.k, c.revision, c.head_hash FROM created AS c JOIN input AS i ON i.stream = c.stream_id
  ), inserted AS (
    INSERT INTO event_store.events AS e
        (stream_id, stream_revision, event_id, event_type, data, metadata, created_at, hash)
      SELECT i.stream, h.revision, i.id, i.type, i.data, i.metadata, now(), h.head_hash
        FROM heads AS h JOIN input AS i ON i.k = h.k
       ORDER BY h.k
    RETURNING e.stream_id, e.stream_revision, e.transaction_id, e.global_position
  )
  SELECT i.k, w.stream_revision, w.transaction_id, w.global_position, NULL::text, NULL::text
    FROM inserted AS w JOIN input AS i ON i.stream = w.stream_id
  UNION ALL
  SELECT i.k, r.*
    FROM input AS i
   CROSS JOIN LATERAL event_store.refuse_append(i.stream, jsonb_build_array(jsonb_build_object('id', i.id))) AS r
   WHERE i.expected <> 'any' AND NOT EXISTS (SELECT 1 FROM heads AS h WHERE h.k = i.k)`;

/** Whether `appends` can travel as one set-based statement: one event each, distinct streams. */
export function fitsGroupStatement(appends: readonly PreparedAppend[]): boolean {
  if (appends.some((append) => append.events.length !== 1)) return false;
  return new Set(appends.map((append) => append.streamId)).size === appends.length;
}

export function groupStatementPayload(appends: readonly PreparedAppend[]): string {
  return `[${appends
    .map((append, k) => {
      const [event] = append.events;
      return `{"k":${k},"stream":${JSON.stringify(append.streamId)},"expected":"${expectedText(append)}","id":"${event.id}","type":${JSON.stringify(event.type)},"data":${event.dataJson},"metadata":${event.metadataJson}}`;
    })
    .join(',')}]`;
}
