import { parsePosition, Position, positionToString } from '@planledger/event-store';
import { qualified, READ_SCHEMA } from '../schema/read-schema';
import type { SqlExecutor } from './projection';

/** Where a projection stands: after `position` (undefined: nothing applied yet), in tables of `generation`. */
export interface Checkpoint {
  position: Position | undefined;
  generation: number;
}

const TABLE = qualified(READ_SCHEMA, 'projection_checkpoints');

interface CheckpointRow {
  position: string | null;
  generation: number;
}

/** Creates the checkpoint row if it is missing (at the start of the log) and returns it. */
export async function loadCheckpoint(sql: SqlExecutor, name: string): Promise<Checkpoint> {
  await sql(`INSERT INTO ${TABLE} (projection) VALUES ($1) ON CONFLICT (projection) DO NOTHING`, [name]);
  return toCheckpoint(await sql<CheckpointRow>(`SELECT position, generation FROM ${TABLE} WHERE projection = $1`, [name]));
}

/**
 * Reads the checkpoint and locks its row until the transaction ends. Every batch and every
 * rebuild swap takes this lock first, so they serialise on it (and always lock in that order).
 */
export async function lockCheckpoint(sql: SqlExecutor, name: string): Promise<Checkpoint> {
  return toCheckpoint(await sql<CheckpointRow>(`SELECT position, generation FROM ${TABLE} WHERE projection = $1 FOR UPDATE`, [name]));
}

export async function writeCheckpoint(sql: SqlExecutor, name: string, position: Position): Promise<void> {
  await sql(`UPDATE ${TABLE} SET position = $2, updated_at = now() WHERE projection = $1`, [name, positionToString(position)]);
}

/** The rebuild swap: the live projection now stands where its rebuilt tables do, in a new generation. */
export async function replaceCheckpoint(sql: SqlExecutor, name: string, position: Position | undefined): Promise<void> {
  await sql(
    `UPDATE ${TABLE} SET position = $2, generation = generation + 1, updated_at = now() WHERE projection = $1`,
    [name, position === undefined ? null : positionToString(position)],
  );
}

export async function deleteCheckpoint(sql: SqlExecutor, name: string): Promise<void> {
  await sql(`DELETE FROM ${TABLE} WHERE projection = $1`, [name]);
}

function toCheckpoint(rows: CheckpointRow[]): Checkpoint {
  if (rows.length === 0) throw new Error('checkpoint row missing: loadCheckpoint creates it before any batch');
  const [row] = rows;
  return { position: row.position === null ? undefined : parsePosition(row.position), generation: row.generation };
}
