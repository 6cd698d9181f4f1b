import { Migration } from './migration';

/**
 * Several appends in one call and one transaction, each with its own result or refusal, in the
 * order given. Used to coalesce appends that arrive while others are in flight: it saves their
 * round trips, statement overheads and commits (group commit). If anything raises, the whole
 * group rolls back and the caller sends its appends one by one instead.
 */
export const createAppendGroups: Migration = {
  version: 3,
  name: 'append groups',
  sql: `
    -- p_appends: [{"stream": text, "expected": text, "events": [...]}, ...]
    CREATE FUNCTION event_store.append_all(p_appends jsonb, p_notify boolean)
    RETURNS TABLE (
      result_revision bigint, result_transaction_id xid8, result_position bigint,
      result_error text, result_error_detail text
    ) LANGUAGE plpgsql AS $fn$
    DECLARE
      v_append jsonb;
    BEGIN
      FOR v_append IN SELECT a FROM jsonb_array_elements(p_appends) AS a LOOP
        SELECT * INTO result_revision, result_transaction_id, result_position, result_error, result_error_detail
          FROM event_store.append(v_append->>'stream', v_append->>'expected', v_append->'events', false);
        RETURN NEXT;
      END LOOP;
      IF p_notify THEN
        PERFORM pg_notify('event_store_appended', '');
      END IF;
    END
    $fn$;
  `,
};
