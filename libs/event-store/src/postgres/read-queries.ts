import { Pool } from 'pg';
import { InvalidReadError } from '../port/errors';
import { ReadAllOptions, ReadStreamOptions, StoredEvent } from '../port/event-store';
import { Position } from '../port/position';
import { checkStreamId } from '../validation/stream-id';
import { EVENT_COLUMNS, EventRow, toStoredEvent } from './event-rows';

export const DEFAULT_READ_ALL_COUNT = 1000;
const LAST_REVISION = '9223372036854775807';

/**
 * Global order is (transaction_id, global_position), and only rows of transactions older than
 * the oldest one still running are read. Any transaction that could still commit has an id at
 * or above that bound, so nothing can later appear before the last row returned: readers that
 * page or subscribe by position never skip an event, even when transactions commit out of order.
 * The price: one long-running transaction on the server holds every reader back until it ends.
 */
const READ_ALL_AFTER = `
  SELECT ${EVENT_COLUMNS} FROM event_store.events
   WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
     AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
   ORDER BY transaction_id, global_position
   LIMIT $3`;

// Committed (visible) events at or past the stable bound: a transaction with an older id is
// still in flight, and once it ends they become readable without any new append to announce
// them. They all lie after any position a reader holds (those are all below the bound), so no
// position is needed. A plain ordered LIMIT 1 keeps this an index probe at the bound (inside
// EXISTS, or next to a row comparison, the planner scans instead).
const UNSTABLE_EVENTS = `
  SELECT transaction_id FROM event_store.events
   WHERE transaction_id >= pg_snapshot_xmin(pg_current_snapshot())
   ORDER BY transaction_id
   LIMIT 1`;

const READ_STREAM_FORWARDS = `
  SELECT ${EVENT_COLUMNS} FROM event_store.events
   WHERE stream_id = $1 AND stream_revision >= $2
   ORDER BY stream_revision
   LIMIT $3`;

const READ_STREAM_BACKWARDS = `
  SELECT ${EVENT_COLUMNS} FROM event_store.events
   WHERE stream_id = $1 AND stream_revision <= $2
   ORDER BY stream_revision DESC
   LIMIT $3`;

const STREAM_REVISION = 'SELECT revision FROM event_store.streams WHERE stream_id = $1';

export async function readAllAfter(pool: Pool, from: Position | undefined, maxCount: number): Promise<StoredEvent[]> {
  const { rows } = await pool.query<EventRow>({
    name: 'event_store.read_all',
    text: READ_ALL_AFTER,
    values: [from ? from.major.toString() : '0', from ? from.minor.toString() : '0', maxCount],
    rowMode: 'array',
  });
  return rows.map(toStoredEvent);
}

export async function hasUnstableEvents(pool: Pool): Promise<boolean> {
  const { rowCount } = await pool.query({ name: 'event_store.unstable_events', text: UNSTABLE_EVENTS, rowMode: 'array' });
  return (rowCount ?? 0) > 0;
}

export async function readAll(pool: Pool, options: ReadAllOptions = {}): Promise<StoredEvent[]> {
  const maxCount = checkMaxCount(options.maxCount) ?? DEFAULT_READ_ALL_COUNT;
  return readAllAfter(pool, options.from, maxCount);
}

export async function readStream(pool: Pool, streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
  checkStreamId(streamId, (message) => new InvalidReadError('INVALID_STREAM_ID', message));
  const direction = options.direction ?? 'forwards';
  if (direction !== 'forwards' && direction !== 'backwards') {
    throw new InvalidReadError('INVALID_READ_OPTIONS', `direction must be 'forwards' or 'backwards'`);
  }
  const from = revisionBound(options.fromRevision ?? (direction === 'forwards' ? 'start' : 'end'));
  const maxCount = checkMaxCount(options.maxCount) ?? null;
  const forwards = direction === 'forwards';
  const { rows } = await pool.query<EventRow>({
    name: forwards ? 'event_store.read_stream_forwards' : 'event_store.read_stream_backwards',
    text: forwards ? READ_STREAM_FORWARDS : READ_STREAM_BACKWARDS,
    values: [streamId, from, maxCount],
    rowMode: 'array',
  });
  return rows.map(toStoredEvent);
}

export async function streamRevision(pool: Pool, streamId: string): Promise<number | undefined> {
  checkStreamId(streamId, (message) => new InvalidReadError('INVALID_STREAM_ID', message));
  const { rows } = await pool.query<[string]>({
    name: 'event_store.stream_revision',
    text: STREAM_REVISION,
    values: [streamId],
    rowMode: 'array',
  });
  return rows.length === 0 ? undefined : Number(rows[0][0]);
}

function revisionBound(fromRevision: unknown): string {
  if (fromRevision === 'start') return '0';
  if (fromRevision === 'end') return LAST_REVISION;
  if (typeof fromRevision === 'number' && Number.isSafeInteger(fromRevision) && fromRevision >= 0) return String(fromRevision);
  if (typeof fromRevision === 'bigint' && fromRevision >= 0n && fromRevision <= BigInt(LAST_REVISION)) return fromRevision.toString();
  throw new InvalidReadError('INVALID_READ_OPTIONS', `fromRevision must be a revision, 'start' or 'end'`);
}

function checkMaxCount(maxCount: unknown): number | undefined {
  if (maxCount === undefined) return undefined;
  if (typeof maxCount === 'number' && Number.isSafeInteger(maxCount) && maxCount > 0) return maxCount;
  throw new InvalidReadError('INVALID_READ_OPTIONS', 'maxCount must be a positive integer');
}
