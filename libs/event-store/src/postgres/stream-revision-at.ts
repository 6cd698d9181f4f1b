import { Pool } from 'pg';
import { InvalidReadError } from '../port/errors';
import { checkStreamId } from '../validation/stream-id';

/**
 * "Which revision was stream S at, at time t": the last revision whose event was stored at or
 * before `t`. created_at is compared at millisecond precision, the precision of a JavaScript Date,
 * so the `createdAt` read back from an event finds that event again.
 *
 * created_at is the appending transaction's start time. Appends to one stream are serialised, so
 * it grows with the revision except where a transaction that started earlier took the stream lock
 * later; taking the highest matching revision, never assuming the order, keeps the answer exact.
 * The plan walks the (stream_id, stream_revision) index backwards from the head and stops at the
 * first match: its cost grows with the number of the stream's events stored after `t`.
 */
const STREAM_REVISION_AT = `
  SELECT stream_revision FROM event_store.events
   WHERE stream_id = $1 AND date_trunc('milliseconds', created_at) <= $2::timestamptz
   ORDER BY stream_revision DESC
   LIMIT 1`;

export async function streamRevisionAt(pool: Pool, streamId: string, at: Date): Promise<number | undefined> {
  checkStreamId(streamId, (message) => new InvalidReadError('INVALID_STREAM_ID', message));
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    throw new InvalidReadError('INVALID_READ_OPTIONS', 'at must be a valid Date');
  }
  const { rows } = await pool.query<[string]>({
    name: 'event_store.stream_revision_at',
    text: STREAM_REVISION_AT,
    values: [streamId, at.toISOString()],
    rowMode: 'array',
  });
  return rows.length === 0 ? undefined : Number(rows[0][0]);
}
