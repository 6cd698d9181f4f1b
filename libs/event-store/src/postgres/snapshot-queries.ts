import { Pool } from 'pg';
import { InvalidSnapshotError, SnapshotBeyondStreamError } from '../port/errors';
import { LoadSnapshotOptions, Snapshot } from '../port/snapshot-store';
import { NotStrictJsonError, toStrictJson } from '../validation/strict-json';
import { checkStreamId } from '../validation/stream-id';

/** A snapshot is one jsonb value; PostgreSQL would take up to 255 MiB, we keep it sane. */
export const MAX_SNAPSHOT_BYTES = 16 * 1024 * 1024;
const MAX_INTEGER = 2 ** 31 - 1; // schema_version is a PostgreSQL integer

// Inserts only if the stream has reached the revision, in the same statement (no race with appends).
const SAVE = `
  INSERT INTO event_store.snapshots AS s (stream_id, revision, schema_version, state)
  SELECT $1, $2, $3, $4::jsonb
   WHERE EXISTS (SELECT 1 FROM event_store.streams WHERE stream_id = $1 AND revision >= $2)
  ON CONFLICT (stream_id, revision, schema_version)
  DO UPDATE SET state = excluded.state, created_at = excluded.created_at`;

const LOAD = `
  SELECT revision, schema_version, state, created_at FROM event_store.snapshots
   WHERE stream_id = $1 AND revision <= $2 AND ($3::integer IS NULL OR schema_version = $3)
   ORDER BY revision DESC, schema_version DESC
   LIMIT 1`;

export async function saveSnapshot(pool: Pool, streamId: string, revision: number, state: unknown, schemaVersion: number): Promise<void> {
  checkStreamId(streamId, (message) => new InvalidSnapshotError('INVALID_STREAM_ID', message));
  checkNonNegativeInteger(revision, 'revision');
  checkNonNegativeInteger(schemaVersion, 'schemaVersion', MAX_INTEGER);
  const json = stateJson(state);
  const { rowCount } = await pool.query({ name: 'event_store.save_snapshot', text: SAVE, values: [streamId, revision, schemaVersion, json] });
  if (rowCount !== 1) throw new SnapshotBeyondStreamError(streamId, revision);
}

export async function loadSnapshot(pool: Pool, streamId: string, options: LoadSnapshotOptions = {}): Promise<Snapshot | undefined> {
  checkStreamId(streamId, (message) => new InvalidSnapshotError('INVALID_STREAM_ID', message));
  if (options.atOrBefore !== undefined) checkNonNegativeInteger(options.atOrBefore, 'atOrBefore');
  if (options.schemaVersion !== undefined) checkNonNegativeInteger(options.schemaVersion, 'schemaVersion', MAX_INTEGER);
  const { rows } = await pool.query<[string, number, unknown, Date]>({
    name: 'event_store.load_snapshot',
    text: LOAD,
    values: [streamId, options.atOrBefore ?? Number.MAX_SAFE_INTEGER, options.schemaVersion ?? null],
    rowMode: 'array',
  });
  if (rows.length === 0) return undefined;
  const [revision, schemaVersion, state, createdAt] = rows[0];
  return { streamId, revision: Number(revision), schemaVersion, state, createdAt };
}

function stateJson(state: unknown): string {
  if (state === undefined) throw new InvalidSnapshotError('INVALID_SNAPSHOT', 'a snapshot needs a state');
  let json: string;
  try {
    json = toStrictJson(state);
  } catch (error) {
    if (error instanceof NotStrictJsonError) throw new InvalidSnapshotError('INVALID_SNAPSHOT', `state ${error.message}`);
    throw error;
  }
  if (Buffer.byteLength(json, 'utf8') > MAX_SNAPSHOT_BYTES) {
    throw new InvalidSnapshotError('INVALID_SNAPSHOT', `state is over ${MAX_SNAPSHOT_BYTES} bytes`);
  }
  return json;
}

function checkNonNegativeInteger(value: unknown, name: string, max = Number.MAX_SAFE_INTEGER): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > max) {
    throw new InvalidSnapshotError('INVALID_SNAPSHOT', `${name} must be an integer within 0..${max}`);
  }
}
