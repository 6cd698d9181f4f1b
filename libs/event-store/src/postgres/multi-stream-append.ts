import { DatabaseError, Pool } from 'pg';
import { EventIdConflictError, WrongExpectedRevisionError } from '../port/errors';
import { MultiStreamAppendResult } from '../port/event-store';
import { comparePositions, Position, positionOf } from '../port/position';
import { PreparedStreamWrite, streamWritesJson } from '../validation/append-input';

const APPEND_TO_STREAMS = 'SELECT * FROM event_store.append_to_streams($1::jsonb) ORDER BY k';
const MAX_ATTEMPTS = 5;

type Row = [k: string, revision: string | null, transactionId: string | null, position: string | null, error: string | null, detail: string | null];

/**
 * One call of event_store.append_to_streams (schema/006): all writes or none, one round trip.
 * A stream created by a concurrent call between the locks and the writes makes the function
 * raise before anything commits; it is called again, and then sees that stream.
 */
export async function appendToStreams(pool: Pool, writes: readonly PreparedStreamWrite[]): Promise<MultiStreamAppendResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { rows } = await pool.query<Row>({
        name: 'event_store.append_to_streams',
        text: APPEND_TO_STREAMS,
        values: [streamWritesJson(writes)],
        rowMode: 'array',
      });
      return settle(writes, rows);
    } catch (error) {
      if (isConcurrentCreation(error) && attempt < MAX_ATTEMPTS) continue;
      throw error;
    }
  }
}

function settle(writes: readonly PreparedStreamWrite[], rows: Row[]): MultiStreamAppendResult {
  const refusal = rows.find((row) => row[4] !== null);
  if (refusal) {
    const [k, , , , error, detail] = refusal;
    const write = writes[Number(k) - 1];
    if (error === 'EVENT_ID_CONFLICT') throw new EventIdConflictError(write.streamId, detail ? detail.split(',') : []);
    if (error === 'WRONG_EXPECTED_REVISION' && write.expected !== 'any') {
      const actual = Number(detail);
      const expected = typeof write.expected === 'bigint' ? Number(write.expected) : write.expected;
      throw new WrongExpectedRevisionError(write.streamId, expected, actual < 0 ? 'no-stream' : actual);
    }
    throw new Error(`event_store.append_to_streams returned an unknown outcome: ${error}`);
  }
  let position: Position | undefined;
  for (const [, , transactionId, at] of rows) {
    if (transactionId === null || at === null) continue;
    const candidate = positionOf(BigInt(transactionId), BigInt(at));
    if (!position || comparePositions(candidate, position) > 0) position = candidate;
  }
  if (rows.length !== writes.length || !position) throw new Error('event_store.append_to_streams returned no position');
  const result: MultiStreamAppendResult = { streamRevisions: rows.map(([, revision]) => (revision === null ? undefined : Number(revision))), position };
  if (rows.some((row) => row[5] === 'replay')) result.replayed = true;
  return result;
}

/** A stream created, or an id stored, by a concurrent call after this call's locks were taken. */
function isConcurrentCreation(error: unknown): boolean {
  if (!(error instanceof DatabaseError)) return false;
  if (error.code === '40001') return true;
  return error.code === '23505' && ['streams_pkey', 'events_stream_revision_key', 'events_event_id_key'].includes(error.constraint ?? '');
}
