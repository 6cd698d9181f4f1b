import { DatabaseError, Pool } from 'pg';
import { EventIdConflictError, WrongExpectedRevisionError } from '../port/errors';
import { AppendResult } from '../port/event-store';
import { positionOf } from '../port/position';
import { eventsJson, PreparedAppend } from '../validation/append-input';
import { AppendQuery, expectedText } from './append-query';
import { APPEND_GROUP, fitsGroupStatement, groupStatementPayload } from './group-append';
import { MAX_STATEMENT_EVENTS, multiEventQuery } from './multi-event-append';
import { singleEventQuery } from './single-event-append';

// Listeners are notified after commit (append-notifier.ts), so the functions' p_notify is false.
const APPEND = 'SELECT * FROM event_store.append($1, $2, $3::jsonb, false)';
const APPEND_ALL = 'SELECT * FROM event_store.append_all($1::jsonb, false)';
const PREVIOUS_WRITE = 'SELECT status, result_revision, result_transaction_id, result_position, stored_ids FROM event_store.previous_write($1, $2::uuid[])';
const MAX_ATTEMPTS = 3;
/** refuse_append's detail on a replay (schema/007). */
const REPLAY = 'replay';

type ResultRow = [revision: string | null, transactionId: string | null, position: string | null, error: string | null, detail: string | null];
/** A row of the plain append statements: the result, or a refusal (null when written or absent). */
type StatementRow = [revision: string | null, transactionId: string | null, position: string | null, refusal?: ResultRow | null];

/** What one append came to: its result, or the typed error to reject it with. */
export type AppendOutcome = { ok: true; result: AppendResult } | { ok: false; error: unknown };

/**
 * One append, one round trip in autocommit: a single event through its own statement
 * (single-event-append.ts), up to MAX_STATEMENT_EVENTS through one per event count
 * (multi-event-append.ts), more through event_store.append (002-append-function).
 * Refusals come back in the row and become typed errors here.
 */
export async function appendOne(pool: Pool, append: PreparedAppend): Promise<AppendResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      const count = append.events.length;
      if (count > MAX_STATEMENT_EVENTS) {
        const { rows } = await pool.query<ResultRow>(appendFunctionQuery(append));
        return settle(append, rows[0]);
      }
      const { rows } = await pool.query<StatementRow>(count === 1 ? singleEventQuery(append) : multiEventQuery(append));
      const [revision, transactionId, position, refusal] = rows[0];
      return settle(append, refusal ?? [revision, transactionId, position, null, null]);
    } catch (error) {
      if (isEventIdTaken(error)) return resolveTakenEventIds(pool, append);
      // Another writer created the stream while this batch was creating it (its head or its
      // first revisions collided with ours); it exists now, so the next attempt takes the
      // existing-stream path.
      if (isStreamCreatedConcurrently(error) && attempt < MAX_ATTEMPTS) continue;
      throw error;
    }
  }
}

/**
 * Several appends in one round trip and one transaction, each settled on its own. If the group
 * raises (an id stored twice, a stream created concurrently), nothing of it was written and
 * each append is sent alone, where those cases are resolved.
 */
export async function appendGroup(pool: Pool, appends: readonly PreparedAppend[]): Promise<AppendOutcome[]> {
  let rows: ResultRow[];
  try {
    rows = fitsGroupStatement(appends) ? await queryGroupStatement(pool, appends) : await queryAppendAll(pool, appends);
  } catch (error) {
    if (!(error instanceof DatabaseError)) throw error;
    // One after another, in the order given, so the outcome is the one the group would have had.
    const outcomes: AppendOutcome[] = [];
    for (const append of appends) outcomes.push(await outcomeOf(appendOne(pool, append)));
    return outcomes;
  }
  const outcomes: AppendOutcome[] = [];
  for (let i = 0; i < appends.length; i++) {
    // No row: 'any' met a stream created concurrently (see group-append.ts); alone it succeeds.
    if (!rows[i]) outcomes.push(await outcomeOf(appendOne(pool, appends[i])));
    else outcomes.push(settleOutcome(appends[i], rows[i]));
  }
  return outcomes;
}

async function queryAppendAll(pool: Pool, appends: readonly PreparedAppend[]): Promise<ResultRow[]> {
  const payload = appends.map((a) => `{"stream":${JSON.stringify(a.streamId)},"expected":"${expectedText(a)}","events":${eventsJson(a)}}`);
  const { rows } = await pool.query<ResultRow>({
    name: 'event_store.append_all',
    text: APPEND_ALL,
    values: [`[${payload.join(',')}]`],
    rowMode: 'array',
  });
  return rows;
}

/** Rows indexed by the append they answer; an append without a row is left out. */
async function queryGroupStatement(pool: Pool, appends: readonly PreparedAppend[]): Promise<ResultRow[]> {
  const { rows } = await pool.query<[number, ...ResultRow]>({
    name: 'event_store.append_group',
    text: APPEND_GROUP,
    values: [groupStatementPayload(appends)],
    rowMode: 'array',
  });
  const byAppend: ResultRow[] = [];
  for (const [k, ...row] of rows) byAppend[k] = row;
  return byAppend;
}

function settleOutcome(append: PreparedAppend, row: ResultRow): AppendOutcome {
  try {
    return { ok: true, result: settle(append, row) };
  } catch (error) {
    return { ok: false, error };
  }
}

export async function outcomeOf(promise: Promise<AppendResult>): Promise<AppendOutcome> {
  try {
    return { ok: true, result: await promise };
  } catch (error) {
    return { ok: false, error };
  }
}

/** An id of ours was stored between the check and the insert: a racing retry, or reuse. */
async function resolveTakenEventIds(pool: Pool, append: PreparedAppend): Promise<AppendResult> {
  const { rows } = await pool.query<[string, string | null, string | null, string | null, string | null]>({
    name: 'event_store.previous_write',
    text: PREVIOUS_WRITE,
    values: [append.streamId, append.eventIds],
    rowMode: 'array',
  });
  const [status, revision, transactionId, position, storedIds] = rows[0];
  if (status === 'replay') return settle(append, [revision, transactionId, position, null, REPLAY]);
  throw new EventIdConflictError(append.streamId, storedIds ? storedIds.split(',') : append.eventIds);
}

function settle(append: PreparedAppend, [revision, transactionId, position, error, detail]: ResultRow): AppendResult {
  if (error === 'WRONG_EXPECTED_REVISION') {
    const actual = Number(detail);
    const expected = typeof append.expected === 'bigint' ? Number(append.expected) : append.expected;
    if (expected === 'any') throw new Error(`append to ${append.streamId} with 'any' refused: ${detail}`);
    throw new WrongExpectedRevisionError(append.streamId, expected, actual < 0 ? 'no-stream' : actual);
  }
  if (error === 'EVENT_ID_CONFLICT') throw new EventIdConflictError(append.streamId, detail ? detail.split(',') : append.eventIds);
  if (error !== null || revision === null || transactionId === null || position === null) {
    throw new Error(`event_store.append returned an unknown outcome: ${error ?? 'no result'}`);
  }
  const result: AppendResult = { streamRevision: Number(revision), position: positionOf(BigInt(transactionId), BigInt(position)) };
  if (detail === REPLAY) result.replayed = true;
  return result;
}

function appendFunctionQuery(append: PreparedAppend): AppendQuery {
  return { name: 'event_store.append', text: APPEND, values: [append.streamId, expectedText(append), eventsJson(append)], rowMode: 'array' };
}

function isEventIdTaken(error: unknown): boolean {
  return error instanceof DatabaseError && error.code === '23505' && error.constraint === 'events_event_id_key';
}

/**
 * Only a batch creating a stream can meet these: appends to an existing stream wait for its row
 * lock. The multi-event statement inserts the events before the head, so it meets the revisions.
 */
function isStreamCreatedConcurrently(error: unknown): boolean {
  if (!(error instanceof DatabaseError) || error.code !== '23505') return false;
  return error.constraint === 'streams_pkey' || error.constraint === 'events_stream_revision_key';
}
