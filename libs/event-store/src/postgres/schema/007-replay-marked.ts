import { Migration } from './migration';

/**
 * A retry's answer says it is one: refuse_append (002) returned a stored write's original result
 * exactly like a fresh write's, so a caller could not tell "written now" from "already stored".
 * A command runner must know: it folds and acknowledges only what it wrote itself. The replay
 * now carries 'replay' in result_error_detail (result_error stays null); every path that answers
 * through refuse_append (single, multi-event, group, function) passes it on.
 */
export const markReplays: Migration = {
  version: 7,
  name: 'mark replayed writes',
  sql: `
    CREATE OR REPLACE FUNCTION event_store.refuse_append(
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
        result_error_detail := 'replay';
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
  `,
};
