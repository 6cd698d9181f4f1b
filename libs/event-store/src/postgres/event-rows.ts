import { StoredEvent } from '../port/event-store';
import { positionOf } from '../port/position';

/** The columns every event read selects, in the order `toStoredEvent` expects them. */
export const EVENT_COLUMNS =
  'transaction_id, global_position, stream_id, stream_revision, event_id, event_type, data, metadata, created_at';

/**
 * A row read with rowMode 'array' (cheaper than pg building a keyed object we would copy anyway).
 * int8 and xid8 arrive as decimal strings; jsonb parsed; timestamptz as Date.
 */
export type EventRow = [string, string, string, string, string, string, unknown, Record<string, unknown>, Date];

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    id: row[4],
    streamId: row[2],
    streamRevision: Number(row[3]),
    position: positionOf(BigInt(row[0]), BigInt(row[1])),
    type: row[5],
    data: row[6],
    metadata: row[7],
    createdAt: row[8],
  };
}
