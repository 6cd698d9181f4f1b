import { randomUUID } from 'node:crypto';
import { uniqueId } from '@planledger/testing';
import { EventStoreError, EventStoreErrorCode } from '../port/errors';
import { EventStore, NewEvent, StoredEvent } from '../port/event-store';
import { Position } from '../port/position';

export function streamIdFor(prefix = 'contract'): string {
  return uniqueId(prefix);
}

export function newEvent(data: unknown = { n: 0 }, type = 'ContractTested', metadata?: Record<string, unknown>): NewEvent {
  return metadata === undefined ? { id: randomUUID(), type, data } : { id: randomUUID(), type, data, metadata };
}

export function newEvents(count: number, type = 'ContractTested'): NewEvent[] {
  return Array.from({ length: count }, (_, n) => newEvent({ n }, type));
}

/** Appends `count` single-event writes and returns the events as stored. */
export async function seedStream(store: EventStore, streamId: string, count: number): Promise<StoredEvent[]> {
  for (let n = 0; n < count; n++) await store.append(streamId, n === 0 ? 'no-stream' : n - 1, [newEvent({ n })]);
  return store.readStream(streamId);
}

/** The code of the EventStoreError `promise` rejects with; fails if it resolves or throws something else. */
export async function errorCodeOf(promise: Promise<unknown>): Promise<EventStoreErrorCode> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (outcome === undefined) throw new Error('expected a rejection, got a result');
  if (!(outcome instanceof EventStoreError)) throw outcome;
  return outcome.code;
}

/** The same error rejection, but thrown synchronously counts too (a caller sees both). */
export async function errorCodeOfCall(call: () => unknown): Promise<EventStoreErrorCode> {
  return errorCodeOf(Promise.resolve().then(call));
}

/**
 * A position every later append of this test will follow: subscriptions start here rather than at
 * the beginning of a shared, ever-growing log. (A later append gets a newer transaction id.)
 */
export async function markPosition(store: EventStore): Promise<Position> {
  return (await store.append(streamIdFor('marker'), 'no-stream', [newEvent()])).position;
}
