import { Pool, PoolClient } from 'pg';
import { ChainBreak, VerifyFailure, VerifyReport } from '../port/chain-verifier';
import { InvalidReadError } from '../port/errors';
import { positionOf } from '../port/position';
import { checkStreamId } from '../validation/stream-id';

/**
 * One pass over the events in revision order per stream. For each event, recompute its hash from
 * the stored hash of its predecessor (lag), so a break is reported where it is and does not
 * cascade. Append order is global_position order within a stream (appends to a stream serialize
 * on its row), so a revision out of step with its neighbours' positions means reordering.
 * Per stream the first break wins; a chain that is intact is then compared with the recorded head.
 */
const CHAIN_BREAKS = `
  WITH chain AS (
    SELECT e.stream_id, e.stream_revision, e.transaction_id, e.global_position, e.hash,
           row_number() OVER w - 1 AS chain_index,
           lag(e.global_position) OVER w AS previous_position,
           lead(e.global_position) OVER w AS next_position,
           sha256(coalesce(lag(e.hash) OVER w, '\\x'::bytea) || event_store.canonical_event(
             e.stream_id, e.stream_revision, e.event_id, e.event_type, e.data, e.metadata, e.created_at)) AS expected_hash
      FROM event_store.events e
     WHERE $1::text IS NULL OR e.stream_id = $1
    WINDOW w AS (PARTITION BY e.stream_id ORDER BY e.stream_revision)
  ),
  event_breaks AS (
    SELECT DISTINCT ON (stream_id) stream_id, chain_index, transaction_id, global_position,
           CASE WHEN global_position < previous_position OR global_position > next_position THEN 'reordered'
                WHEN stream_revision <> chain_index THEN 'missing'
                ELSE 'altered' END AS reason
      FROM chain
     WHERE global_position < previous_position OR global_position > next_position
        OR stream_revision <> chain_index OR hash <> expected_hash
     ORDER BY stream_id, chain_index
  ),
  stored_heads AS (
    SELECT DISTINCT ON (stream_id) stream_id, stream_revision, chain_index, transaction_id, global_position, hash
      FROM chain
     ORDER BY stream_id, chain_index DESC
  ),
  recorded_heads AS (
    SELECT stream_id, revision, head_hash FROM event_store.streams
     WHERE $1::text IS NULL OR stream_id = $1
  ),
  head_breaks AS (
    SELECT coalesce(r.stream_id, s.stream_id) AS stream_id,
           CASE WHEN s.stream_id IS NULL THEN 0
                WHEN r.revision > s.stream_revision THEN s.chain_index + 1
                ELSE s.chain_index END AS chain_index,
           CASE WHEN r.revision > s.stream_revision OR s.stream_id IS NULL THEN NULL ELSE s.transaction_id END AS transaction_id,
           CASE WHEN r.revision > s.stream_revision OR s.stream_id IS NULL THEN NULL ELSE s.global_position END AS global_position,
           CASE WHEN s.stream_id IS NULL OR r.revision > s.stream_revision THEN 'truncated' ELSE 'head-mismatch' END AS reason
      FROM recorded_heads r
      FULL JOIN stored_heads s ON s.stream_id = r.stream_id
     WHERE r.stream_id IS NULL OR s.stream_id IS NULL
        OR r.revision <> s.stream_revision OR r.head_hash <> s.hash
  )
  SELECT stream_id, chain_index, transaction_id, global_position, reason FROM event_breaks
  UNION ALL
  SELECT h.stream_id, h.chain_index, h.transaction_id, h.global_position, h.reason FROM head_breaks h
   WHERE NOT EXISTS (SELECT 1 FROM event_breaks b WHERE b.stream_id = h.stream_id)
  ORDER BY stream_id`;

const COUNTS = `
  SELECT (SELECT count(*) FROM event_store.events WHERE $1::text IS NULL OR stream_id = $1) AS events,
         (SELECT count(*) FROM (
            SELECT stream_id FROM event_store.events WHERE $1::text IS NULL OR stream_id = $1
            UNION
            SELECT stream_id FROM event_store.streams WHERE $1::text IS NULL OR stream_id = $1
          ) AS all_streams) AS streams`;

type BreakRow = [streamId: string, chainIndex: string, transactionId: string | null, globalPosition: string | null, reason: ChainBreak];

/** Reads chains and counts in one repeatable-read snapshot, so concurrent appends cannot look like breaks. */
export async function verifyChains(pool: Pool, streamId?: string): Promise<VerifyReport> {
  if (streamId !== undefined) checkStreamId(streamId, (message) => new InvalidReadError('INVALID_STREAM_ID', message));
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const report = await readReport(client, streamId ?? null);
    await client.query('COMMIT');
    return report;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}

async function readReport(client: PoolClient, streamId: string | null): Promise<VerifyReport> {
  const breaks = await client.query<BreakRow>({ text: CHAIN_BREAKS, values: [streamId], rowMode: 'array' });
  const counts = await client.query<[string, string]>({ text: COUNTS, values: [streamId], rowMode: 'array' });
  const failures = breaks.rows.map(toFailure);
  const [events, streams] = counts.rows[0];
  return { ok: failures.length === 0, streamsChecked: Number(streams), eventsChecked: Number(events), failures };
}

function toFailure([streamId, chainIndex, transactionId, globalPosition, reason]: BreakRow): VerifyFailure {
  const failure: VerifyFailure = { streamId, reason, revision: Number(chainIndex) };
  if (transactionId !== null && globalPosition !== null) {
    failure.position = positionOf(BigInt(transactionId), BigInt(globalPosition));
  }
  return failure;
}
