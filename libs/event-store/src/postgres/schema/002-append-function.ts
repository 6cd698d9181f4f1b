import { Migration } from './migration';

/**
 * An append of several events is one call of event_store.append in autocommit: one round trip
 * that takes the stream row, checks the expected revision, inserts the events chained by hash,
 * moves the stream head and, if p_notify, notifies listeners. (The adapter passes false and
 * notifies after commit: ../append-notifier.ts. A single event takes a leaner path of the same
 * meaning, ../single-event-append.ts; groups of appends use this function per append, or
 * ../group-append.ts.) A refusal is detected before anything is written and comes back as an
 * error code in the result row, not an exception, so a group in one transaction can refuse one
 * append and commit the others. A retry of a stored write returns the original result.
 * Unexpected failures (an event id stored concurrently, say) raise as usual.
 *
 * The hash of an event is sha256(hash of the previous event of its stream || canonical
 * encoding), the canonical encoding being the UTF-8 text of the JSON array [stream id, revision,
 * id, type, data, metadata, UTC time] with data and metadata in jsonb's text output, which is
 * canonical (keys sorted, fixed spacing); the first event of a stream chains from empty bytes.
 */
export const createAppendFunction: Migration = {
  version: 2,
  name: 'append function with idempotency and hash chain',
  sql: `
    -- The text of the JSON array [stream, revision, id, type, data, metadata, UTC time].
    -- (Concatenating the parts with to_json gives the same bytes but measured twice as costly.)
    CREATE FUNCTION event_store.canonical_event(
      p_stream_id text, p_revision bigint, p_event_id uuid, p_type text,
      p_data jsonb, p_metadata jsonb, p_created_at timestamptz
    ) RETURNS bytea LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
      SELECT convert_to(jsonb_build_array(
        p_stream_id, p_revision, p_event_id, p_type, p_data, p_metadata, p_created_at AT TIME ZONE 'UTC'
      )::text, 'UTF8')
    $fn$;

    -- Is this write a retry of one already stored? 'replay' (every id stored in this stream,
    -- consecutively, in this order) with the original result; 'none' (no id stored); or
    -- 'conflict' with the ids already stored.
    CREATE FUNCTION event_store.previous_write(
      p_stream_id text, p_event_ids uuid[],
      OUT status text, OUT result_revision bigint, OUT result_transaction_id xid8,
      OUT result_position bigint, OUT stored_ids text
    ) LANGUAGE plpgsql STABLE AS $fn$
    DECLARE
      v_stored integer;
      v_in_stream integer;
      v_offsets integer;
    BEGIN
      SELECT count(e.event_id),
             count(e.event_id) FILTER (WHERE e.stream_id = p_stream_id),
             count(DISTINCT e.stream_revision - r.ord),
             string_agg(e.event_id::text, ',')
        INTO v_stored, v_in_stream, v_offsets, stored_ids
        FROM unnest(p_event_ids) WITH ORDINALITY AS r(id, ord)
        LEFT JOIN event_store.events AS e ON e.event_id = r.id;
      IF v_stored = 0 THEN
        status := 'none';
      ELSIF v_in_stream = cardinality(p_event_ids) AND v_offsets = 1 THEN
        status := 'replay';
        SELECT e.stream_revision, e.transaction_id, e.global_position
          INTO result_revision, result_transaction_id, result_position
          FROM event_store.events AS e
         WHERE e.event_id = p_event_ids[cardinality(p_event_ids)];
      ELSE
        status := 'conflict';
      END IF;
    END
    $fn$;

    -- The write cannot go ahead as sent: its original result if it is a retry, else the reason.
    -- VOLATILE on purpose: its queries then take a fresh snapshot, so that when it runs in the
    -- statement that just waited for a concurrent writer of the same stream, it sees that write.
    CREATE FUNCTION event_store.refuse_append(
      p_stream_id text, p_events jsonb,
      OUT result_revision bigint, OUT result_transaction_id xid8, OUT result_position bigint,
      OUT result_error text, OUT result_error_detail text
    ) LANGUAGE plpgsql VOLATILE AS $fn$
    DECLARE
      v_previous record;
    BEGIN
      SELECT * INTO v_previous FROM event_store.previous_write(
        p_stream_id, ARRAY(SELECT (e->>'id')::uuid FROM jsonb_array_elements(p_events) AS e));
      IF v_previous.status = 'replay' THEN
        result_revision := v_previous.result_revision;
        result_transaction_id := v_previous.result_transaction_id;
        result_position := v_previous.result_position;
      ELSIF v_previous.status = 'conflict' THEN
        result_error := 'EVENT_ID_CONFLICT';
        result_error_detail := v_previous.stored_ids;
      ELSE
        result_error := 'WRONG_EXPECTED_REVISION';
        result_error_detail := coalesce(
          (SELECT s.revision FROM event_store.streams AS s WHERE s.stream_id = p_stream_id), -1)::text;
      END IF;
    END
    $fn$;

    -- p_expected: 'any' | 'no-stream' | 'stream-exists' | a revision as text.
    -- p_events: [{"id": uuid, "type": text, "data": json, "metadata": object}, ...], validated by the caller.
    -- Paths, cheapest first (plain single-row statements: for a small append, executor start-up
    -- costs more than the writes):
    -- * one event, existing stream: one UPDATE of the stream row locks it, checks the revision
    --   and chains the hash; one INSERT;
    -- * one event, new stream: one INSERT of the stream row (ON CONFLICT waits for a concurrent
    --   creator); one INSERT;
    -- * several events: lock the stream row (every hash needs the old head), chain, one INSERT
    --   of all rows, one write of the head. A concurrent creator of the same new stream makes
    --   this raise unique_violation on streams_pkey; the caller retries.
    CREATE FUNCTION event_store.append(
      p_stream_id text, p_expected text, p_events jsonb, p_notify boolean,
      OUT result_revision bigint, OUT result_transaction_id xid8, OUT result_position bigint,
      OUT result_error text, OUT result_error_detail text
    ) LANGUAGE plpgsql AS $fn$
    DECLARE
      v_count integer := jsonb_array_length(p_events);
      v_event jsonb := p_events->0;
      v_created_at timestamptz := now();
      v_exact bigint := CASE WHEN p_expected IN ('any', 'no-stream', 'stream-exists') THEN NULL ELSE p_expected::bigint END;
      v_revision bigint;
      v_head bytea;
      v_hashes bytea[];
    BEGIN
      IF v_count = 1 THEN
        IF p_expected <> 'no-stream' THEN
          UPDATE event_store.streams AS s
             SET revision = s.revision + 1,
                 head_hash = sha256(s.head_hash || event_store.canonical_event(p_stream_id, s.revision + 1,
                   (v_event->>'id')::uuid, v_event->>'type', v_event->'data', v_event->'metadata', v_created_at))
           WHERE s.stream_id = p_stream_id AND (v_exact IS NULL OR s.revision = v_exact)
          RETURNING s.revision, s.head_hash INTO v_revision, v_head;
        END IF;
        IF v_revision IS NULL AND p_expected IN ('no-stream', 'any') THEN
          v_head := sha256('\\x'::bytea || event_store.canonical_event(p_stream_id, 0,
            (v_event->>'id')::uuid, v_event->>'type', v_event->'data', v_event->'metadata', v_created_at));
          INSERT INTO event_store.streams (stream_id, revision, head_hash) VALUES (p_stream_id, 0, v_head)
            ON CONFLICT (stream_id) DO NOTHING;
          IF FOUND THEN
            v_revision := 0;
          ELSIF p_expected = 'any' THEN
            -- Created concurrently: it exists now, so append to it as to any existing stream.
            SELECT * INTO result_revision, result_transaction_id, result_position, result_error, result_error_detail
              FROM event_store.append(p_stream_id, p_expected, p_events, p_notify);
            RETURN;
          END IF;
        END IF;
        IF v_revision IS NULL THEN
          SELECT * INTO result_revision, result_transaction_id, result_position, result_error, result_error_detail
            FROM event_store.refuse_append(p_stream_id, p_events);
          RETURN;
        END IF;
        INSERT INTO event_store.events
            (stream_id, stream_revision, event_id, event_type, data, metadata, created_at, hash)
          VALUES (p_stream_id, v_revision, (v_event->>'id')::uuid, v_event->>'type',
                  v_event->'data', v_event->'metadata', v_created_at, v_head);
        result_revision := v_revision;
      ELSE
        SELECT s.revision, s.head_hash INTO v_revision, v_head
          FROM event_store.streams AS s WHERE s.stream_id = p_stream_id FOR UPDATE;
        IF NOT FOUND THEN
          v_revision := -1;
          v_head := '\\x'::bytea;
        END IF;
        IF NOT (CASE p_expected
            WHEN 'any' THEN true
            WHEN 'no-stream' THEN v_revision = -1
            WHEN 'stream-exists' THEN v_revision >= 0
            ELSE v_revision = v_exact
          END) THEN
          SELECT * INTO result_revision, result_transaction_id, result_position, result_error, result_error_detail
            FROM event_store.refuse_append(p_stream_id, p_events);
          RETURN;
        END IF;
        result_revision := v_revision;
        v_hashes := '{}';
        FOR v_event IN SELECT e FROM jsonb_array_elements(p_events) AS e LOOP
          result_revision := result_revision + 1;
          v_head := sha256(v_head || event_store.canonical_event(p_stream_id, result_revision,
            (v_event->>'id')::uuid, v_event->>'type', v_event->'data', v_event->'metadata', v_created_at));
          v_hashes := v_hashes || v_head;
        END LOOP;
        IF v_revision = -1 THEN
          INSERT INTO event_store.streams (stream_id, revision, head_hash) VALUES (p_stream_id, result_revision, v_head);
        ELSE
          UPDATE event_store.streams SET revision = result_revision, head_hash = v_head WHERE stream_id = p_stream_id;
        END IF;
        INSERT INTO event_store.events
            (stream_id, stream_revision, event_id, event_type, data, metadata, created_at, hash)
          SELECT p_stream_id, v_revision + n.ordinality, (n.value->>'id')::uuid, n.value->>'type',
                 n.value->'data', n.value->'metadata', v_created_at, v_hashes[n.ordinality]
            FROM jsonb_array_elements(p_events) WITH ORDINALITY AS n
           ORDER BY n.ordinality;
      END IF;

      -- This session drew the positions of the rows just inserted, the last one last.
      result_position := currval('event_store.events_global_position_seq');
      result_transaction_id := pg_current_xact_id();
      IF p_notify THEN
        PERFORM pg_notify('event_store_appended', '');
      END IF;
    END
    $fn$;
  `,
};
