import { InvalidAppendError } from '../port/errors';
import { ExpectedRevision, NewEvent } from '../port/event-store';
import { isPlainObject, isStorableText, NotStrictJsonError, toStrictJson } from './strict-json';
import { checkStreamId } from './stream-id';

export const MAX_EVENT_TYPE_LENGTH = 200;
/** One event (id, type, data, metadata) serialized as UTF-8 JSON. */
export const MAX_EVENT_BYTES = 1024 * 1024;
/** One append, all events together: bounds the memory of one statement. */
export const MAX_APPEND_BYTES = 16 * 1024 * 1024;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_REVISION = 2n ** 63n - 2n; // the next revision must still fit a bigint

/** An append that passed validation, ready for the adapter: JSON already serialized, once. */
export interface PreparedAppend {
  streamId: string;
  expected: NormalizedExpectedRevision;
  eventIds: string[];
  events: PreparedEvent[];
  /** `[{"id":…,"type":…,"data":…,"metadata":…},…]` */
  eventsJson: string;
}

export interface PreparedEvent {
  id: string;
  type: string;
  dataJson: string;
  metadataJson: string;
}

export type NormalizedExpectedRevision = 'no-stream' | 'any' | 'stream-exists' | bigint;

/** Checks everything that can be checked without the database; throws InvalidAppendError. */
export function prepareAppend(streamId: unknown, expected: unknown, events: unknown): PreparedAppend {
  checkStreamId(streamId, (message) => new InvalidAppendError('INVALID_STREAM_ID', message));
  const normalizedExpected = normalizeExpectedRevision(expected);
  if (!Array.isArray(events) || events.length === 0) {
    throw new InvalidAppendError('EMPTY_APPEND', 'an append needs at least one event');
  }
  const eventIds: string[] = [];
  const seen = new Set<string>();
  const prepared: PreparedEvent[] = [];
  const parts: string[] = [];
  let totalBytes = 0;
  events.forEach((event: unknown, index) => {
    const id = checkEventId(event, index);
    if (seen.has(id)) throw new InvalidAppendError('DUPLICATE_EVENT_ID', `event id ${id} appears twice`, index);
    seen.add(id);
    eventIds.push(id);
    const preparedEvent = serializeEvent(event as NewEvent, id, index);
    const json = `{"id":"${id}","type":${JSON.stringify(preparedEvent.type)},"data":${preparedEvent.dataJson},"metadata":${preparedEvent.metadataJson}}`;
    const bytes = Buffer.byteLength(json, 'utf8');
    if (bytes > MAX_EVENT_BYTES) {
      throw new InvalidAppendError('EVENT_TOO_LARGE', `event ${index} is ${bytes} bytes, over ${MAX_EVENT_BYTES}`, index);
    }
    totalBytes += bytes;
    prepared.push(preparedEvent);
    parts.push(json);
  });
  if (totalBytes > MAX_APPEND_BYTES) {
    throw new InvalidAppendError('APPEND_TOO_LARGE', `the append is ${totalBytes} bytes, over ${MAX_APPEND_BYTES}`);
  }
  return { streamId, expected: normalizedExpected, eventIds, events: prepared, eventsJson: `[${parts.join(',')}]` };
}

export function normalizeExpectedRevision(expected: unknown): NormalizedExpectedRevision {
  if (expected === 'no-stream' || expected === 'any' || expected === 'stream-exists') return expected;
  if (typeof expected === 'number' && Number.isSafeInteger(expected) && expected >= 0) return BigInt(expected);
  if (typeof expected === 'bigint' && expected >= 0n && expected <= MAX_REVISION) return expected;
  throw new InvalidAppendError('INVALID_EXPECTED_REVISION', `not an expected revision: ${describe(expected)}`);
}

function checkEventId(event: unknown, index: number): string {
  if (!isPlainObject(event)) throw new InvalidAppendError('INVALID_EVENT', `event ${index} is not a plain object`, index);
  const id = event.id;
  if (typeof id !== 'string' || !UUID.test(id)) {
    throw new InvalidAppendError('INVALID_EVENT_ID', `event ${index} id is not a UUID: ${describe(id)}`, index);
  }
  return id.toLowerCase();
}

function serializeEvent(event: NewEvent, id: string, index: number): PreparedEvent {
  const { type, data, metadata } = event;
  if (typeof type !== 'string' || type.length === 0 || type.length > MAX_EVENT_TYPE_LENGTH || !isStorableText(type)) {
    throw new InvalidAppendError('INVALID_EVENT_TYPE', `event ${index} type must be 1..${MAX_EVENT_TYPE_LENGTH} characters`, index);
  }
  if (data === undefined) throw new InvalidAppendError('INVALID_EVENT_DATA', `event ${index} has no data`, index);
  const dataJson = strictJson(data, 'INVALID_EVENT_DATA', index);
  if (metadata !== undefined && !isPlainObject(metadata)) {
    throw new InvalidAppendError('INVALID_EVENT_METADATA', `event ${index} metadata must be a plain object`, index);
  }
  const metadataJson = metadata === undefined ? '{}' : strictJson(metadata, 'INVALID_EVENT_METADATA', index);
  return { id, type, dataJson, metadataJson };
}

function strictJson(value: unknown, code: 'INVALID_EVENT_DATA' | 'INVALID_EVENT_METADATA', index: number): string {
  try {
    return toStrictJson(value);
  } catch (error) {
    if (error instanceof NotStrictJsonError) {
      throw new InvalidAppendError(code, `event ${index}: ${error.message}`, index);
    }
    throw error;
  }
}

function describe(value: unknown): string {
  return typeof value === 'bigint' ? `${value}n` : typeof value === 'string' ? JSON.stringify(value) : String(value);
}
