import { Migration } from './migration';

/**
 * event_store.append_to_streams: appends to several streams in one transaction, each on its own
 * expectation, or none of them. A write with no events is a condition: "this stream is still at
 * this revision", held until the transaction ends. One call in autocommit, one round trip.
 *
 * Every stream named is locked first: an advisory lock per stream id (which also covers streams
 * that do not exist yet), then the stream rows, each kind in one order so that two calls never
 * deadlock; the expectations are checked after that, by statements that see every write committed
 * before the locks were granted. So a condition holds against every other call of this function,
 * and against plain appends to a stream that exists (they take its row). A plain append that
 * creates a stream takes no lock a call could wait for: a rule that a stream must not exist holds
 * only if its creators append through this function. A plain append creating a stream meanwhile
 * makes the insert of its head raise unique_violation; the caller calls again.
 *
 * p_writes: [{"stream": text, "expected": 'any'|'no-stream'|'stream-exists'|revision, "events": [...]}]
 * One row per write, in order (k from 1): its revision (null for a stream that has none), and the
 * transaction and position of its last event (null for a condition). A refusal writes nothing and
 * answers every row with the error of the first write at fault: WRONG_EXPECTED_REVISION (detail:
 * the actual revision, -1 for none) or EVENT_ID_CONFLICT (detail: the ids stored). A call whose
 * events are all stored already, each write in its stream in order, is a retry: its original
 * results come back and nothing is written.
 */
export const createAppendToStreams: Migration = {
  version: 6,
  name: 'append to several streams atomically',
  sql: `
    CREATE FUNCTION event_store.expectation_met(p_expected text, p_actual bigint)
    RETURNS boolean LANGUAGE sql IMMUTABLE AS $fn$
      SELECT CASE p_expected
        WHEN 'any' THEN true
        WHEN 'no-stream' THEN p_actual = -1
        WHEN 'stream-exists' THEN p_actual >= 0
        ELSE p_actual = p_expected::bigint
      END
    $fn$;

    CREATE FUNCTION event_store.append_to_streams(p_writes jsonb)
    RETURNS TABLE (k bigint, result_revision bigint, result_transaction_id xid8, result_position bigint,
                   result_error text, result_error_detail text)
    LANGUAGE plpgsql VOLATILE AS $fn$
    DECLARE
      v_write record;
      v_actual bigint;
      v_refused bigint;
      v_detail text;
      v_replayed bigint;
      v_fresh bigint;
      v_conflicts bigint;
      v_stored_ids text;
      v_result record;
      v_any_stored boolean;
    BEGIN
      -- Streams that do not exist yet have no row to lock: a transaction-scoped advisory lock per
      -- stream id (taken in one order) makes calls naming the same stream wait for each other.
      PERFORM pg_advisory_xact_lock(h.key)
         FROM (SELECT DISTINCT hashtextextended(w->>'stream', 6) AS key FROM jsonb_array_elements(p_writes) AS w) AS h
        ORDER BY h.key;
      PERFORM 1 FROM event_store.streams AS s
        WHERE s.stream_id IN (SELECT w->>'stream' FROM jsonb_array_elements(p_writes) AS w)
        ORDER BY s.stream_id FOR UPDATE;

      -- Check every expectation before anything is written.
      FOR v_write IN SELECT n.ordinality AS k, n.value AS w FROM jsonb_array_elements(p_writes) WITH ORDINALITY AS n LOOP
        SELECT s.revision INTO v_actual FROM event_store.streams AS s WHERE s.stream_id = v_write.w->>'stream';
        IF NOT FOUND THEN v_actual := -1; END IF;
        IF NOT event_store.expectation_met(v_write.w->>'expected', v_actual) THEN
          v_refused := v_write.k;
          v_detail := v_actual::text;
          EXIT;
        END IF;
      END LOOP;

      -- An id already stored: a retry, or ids reused (found even where every expectation holds: 'any').
      v_any_stored := EXISTS (
        SELECT 1 FROM jsonb_array_elements(p_writes) AS w, jsonb_array_elements(w->'events') AS e
          JOIN event_store.events AS stored ON stored.event_id = (e->>'id')::uuid);

      IF v_refused IS NOT NULL OR v_any_stored THEN
        -- A retry of a stored call (every write stored), ids reused (some), or a stale expectation (none).
        SELECT count(*) FILTER (WHERE p.status = 'replay'), count(*) FILTER (WHERE p.status = 'none'),
               count(*) FILTER (WHERE p.status = 'conflict'),
               string_agg(p.stored_ids, ',') FILTER (WHERE p.status <> 'none')
          INTO v_replayed, v_fresh, v_conflicts, v_stored_ids
          FROM jsonb_array_elements(p_writes) AS w,
               LATERAL event_store.previous_write(w->>'stream',
                 ARRAY(SELECT (e->>'id')::uuid FROM jsonb_array_elements(w->'events') AS e)) AS p
         WHERE jsonb_array_length(w->'events') > 0;
        IF v_replayed = 0 AND v_conflicts = 0 THEN
          RETURN QUERY SELECT n.ordinality, NULL::bigint, NULL::xid8, NULL::bigint,
                              CASE WHEN n.ordinality = v_refused THEN 'WRONG_EXPECTED_REVISION' END,
                              CASE WHEN n.ordinality = v_refused THEN v_detail END
            FROM jsonb_array_elements(p_writes) WITH ORDINALITY AS n;
        ELSIF v_conflicts > 0 OR v_fresh > 0 THEN
          RETURN QUERY SELECT n.ordinality, NULL::bigint, NULL::xid8, NULL::bigint, 'EVENT_ID_CONFLICT'::text,
                              coalesce(v_stored_ids, '')
            FROM jsonb_array_elements(p_writes) WITH ORDINALITY AS n;
        ELSE
          RETURN QUERY SELECT n.ordinality,
                              coalesce(p.result_revision, (SELECT s.revision FROM event_store.streams AS s WHERE s.stream_id = n.value->>'stream')),
                              p.result_transaction_id, p.result_position, NULL::text, 'replay'::text
            FROM jsonb_array_elements(p_writes) WITH ORDINALITY AS n
            LEFT JOIN LATERAL event_store.previous_write(n.value->>'stream',
                 ARRAY(SELECT (e->>'id')::uuid FROM jsonb_array_elements(n.value->'events') AS e)) AS p
              ON jsonb_array_length(n.value->'events') > 0;
        END IF;
        RETURN;
      END IF;

      FOR v_write IN SELECT n.ordinality AS k, n.value AS w FROM jsonb_array_elements(p_writes) WITH ORDINALITY AS n LOOP
        IF jsonb_array_length(v_write.w->'events') = 0 THEN
          v_actual := (SELECT s.revision FROM event_store.streams AS s WHERE s.stream_id = v_write.w->>'stream');
          RETURN QUERY SELECT v_write.k, v_actual, NULL::xid8, NULL::bigint, NULL::text, NULL::text;
        ELSE
          SELECT * INTO v_result FROM event_store.append(v_write.w->>'stream', v_write.w->>'expected', v_write.w->'events', false);
          IF v_result.result_error IS NOT NULL THEN
            -- Only a stream created meanwhile gets here (its expectation held under the locks
            -- otherwise): undo the writes made so far, the caller calls again.
            RAISE EXCEPTION 'stream % changed during a multi-stream append', v_write.w->>'stream'
              USING ERRCODE = 'serialization_failure';
          END IF;
          RETURN QUERY SELECT v_write.k, v_result.result_revision, v_result.result_transaction_id,
                              v_result.result_position, NULL::text, NULL::text;
        END IF;
      END LOOP;
    END
    $fn$;
  `,
};
