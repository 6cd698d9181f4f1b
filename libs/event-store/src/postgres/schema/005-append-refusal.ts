import { Migration } from './migration';

/**
 * event_store.refuse_append's outcome as one value, so that a plain append statement can ask for
 * it in a scalar expression that only runs when the append could not go ahead (see
 * ../single-event-append.ts, ../multi-event-append.ts): a function in FROM would cost executor
 * set-up on every append, refused or not.
 * The array is [revision, transaction id, position, error, detail], the columns of refuse_append.
 * VOLATILE like refuse_append, for the same reason: it must see a write it has just waited for.
 */
export const createAppendRefusal: Migration = {
  version: 5,
  name: 'append refusal as one value',
  sql: `
    CREATE FUNCTION event_store.append_refusal(p_stream_id text, p_event_ids uuid[])
    RETURNS text[] LANGUAGE sql VOLATILE AS $fn$
      SELECT ARRAY[r.result_revision::text, r.result_transaction_id::text, r.result_position::text,
                   r.result_error, r.result_error_detail]
        FROM event_store.refuse_append(p_stream_id,
               (SELECT jsonb_agg(jsonb_build_object('id', id) ORDER BY ord)
                  FROM unnest(p_event_ids) WITH ORDINALITY AS ids(id, ord))) AS r
    $fn$;
  `,
};
