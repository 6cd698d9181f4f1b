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
  /** Characters of the events serialized as JSON: what an append adds to a group's payload. */
  jsonLength: number;
}

export interface PreparedEvent {
  id: string;
  type: string;
  dataJson: string;
  metadataJson: string;
}

export type NormalizedExpectedRevision = 'no-stream' | 'any' | 'stream-exists' | bigint;

// The characters of eventJson around its parts: {"id":"…","type":…,"data":…,"metadata":…}
const EVENT_JSON_FRAME = '{"id":"","type":,"data":,"metadata":}'.length;
// A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair, 2 units, takes 4).
const MAX_UTF8_BYTES_PER_UNIT = 3;

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
  let jsonLength = 0;
  events.forEach((event: unknown, index) => {
    const id = checkEventId(event, index);
    if (seen.has(id)) throw new InvalidAppendError('DUPLICATE_EVENT_ID', `event id ${id} appears twice`, index);
    seen.add(id);
    eventIds.push(id);
    const preparedEvent = serializeEvent(event as NewEvent, id, index);
    const length = eventJsonLength(preparedEvent);
    // Exact UTF-8 sizes only when the bound from the length in characters does not settle it.
    if (length * MAX_UTF8_BYTES_PER_UNIT > MAX_EVENT_BYTES) {
      const bytes = eventJsonBytes(preparedEvent);
      if (bytes > MAX_EVENT_BYTES) {
        throw new InvalidAppendError('EVENT_TOO_LARGE', `event ${index} is ${bytes} bytes, over ${MAX_EVENT_BYTES}`, index);
      }
    }
    jsonLength += length;
    prepared.push(preparedEvent);
  });
  if (jsonLength * MAX_UTF8_BYTES_PER_UNIT > MAX_APPEND_BYTES) {
    const totalBytes = prepared.reduce((sum, event) => sum + eventJsonBytes(event), 0);
    if (totalBytes > MAX_APPEND_BYTES) {
      throw new InvalidAppendError('APPEND_TOO_LARGE', `the append is ${totalBytes} bytes, over ${MAX_APPEND_BYTES}`);
    }
  }
  return { streamId, expected: normalizedExpected, eventIds, events: prepared, jsonLength };
}

/** The events as the JSON array the append functions take: `[{"id","type","data","metadata"},…]`. */
export function eventsJson(append: PreparedAppend): string {
  return `[${append.events.map(eventJson).join(',')}]`;
}

function eventJson({ id, type, dataJson, metadataJson }: PreparedEvent): string {
  return `{"id":"${id}","type":${JSON.stringify(type)},"data":${dataJson},"metadata":${metadataJson}}`;
}

function eventJsonLength({ id, type, dataJson, metadataJson }: PreparedEvent): number {
  return EVENT_JSON_FRAME + id.length + JSON.stringify(type).length + dataJson.length + metadataJson.length;
}

/** The UTF-8 size of eventJson, the measure of MAX_EVENT_BYTES and MAX_APPEND_BYTES. */
function eventJsonBytes(event: PreparedEvent): number {
  return Buffer.byteLength(eventJson(event), 'utf8');
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

/** One write of appendToStreams, validated; a condition has no events. */
export interface PreparedStreamWrite {
  streamId: string;
  expected: NormalizedExpectedRevision;
  events: PreparedEvent[];
}

/** Checks a multi-stream append as `prepareAppend` checks one, and across its writes. */
export function prepareStreamWrites(writes: unknown): PreparedStreamWrite[] {
  if (!Array.isArray(writes) || writes.length === 0) {
    throw new InvalidAppendError('EMPTY_APPEND', 'a multi-stream append needs at least one write');
  }
  const streams = new Set<string>();
  const ids = new Set<string>();
  let jsonLength = 0;
  const prepared = writes.map((write: unknown): PreparedStreamWrite => {
    if (!isPlainObject(write)) throw new InvalidAppendError('INVALID_EVENT', 'a write is { streamId, expected, events }');
    const { streamId, expected, events } = write as { streamId: unknown; expected: unknown; events: unknown };
    if (!Array.isArray(events)) throw new InvalidAppendError('INVALID_EVENT', 'a write needs an events array (empty for a condition)');
    const checked: PreparedStreamWrite =
      events.length === 0
        ? { streamId: checkedStreamId(streamId), expected: normalizeExpectedRevision(expected), events: [] }
        : prepareAppend(streamId, expected, events);
    if (streams.has(checked.streamId)) {
      throw new InvalidAppendError('DUPLICATE_STREAM', `stream ${JSON.stringify(checked.streamId)} is written twice`);
    }
    streams.add(checked.streamId);
    for (const event of checked.events) {
      if (ids.has(event.id)) throw new InvalidAppendError('DUPLICATE_EVENT_ID', `event id ${event.id} appears twice`);
      ids.add(event.id);
      jsonLength += eventJsonLength(event);
    }
    return checked;
  });
  if (ids.size === 0) throw new InvalidAppendError('EMPTY_APPEND', 'a multi-stream append needs at least one event');
  if (jsonLength * MAX_UTF8_BYTES_PER_UNIT > MAX_APPEND_BYTES) {
    const totalBytes = prepared.reduce((sum, write) => sum + write.events.reduce((n, e) => n + eventJsonBytes(e), 0), 0);
    if (totalBytes > MAX_APPEND_BYTES) {
      throw new InvalidAppendError('APPEND_TOO_LARGE', `the append is ${totalBytes} bytes, over ${MAX_APPEND_BYTES}`);
    }
  }
  return prepared;
}

/** The writes as event_store.append_to_streams takes them. */
export function streamWritesJson(writes: readonly PreparedStreamWrite[]): string {
  const parts = writes.map(
    (write) =>
      `{"stream":${JSON.stringify(write.streamId)},"expected":"${typeof write.expected === 'bigint' ? write.expected.toString() : write.expected}","events":[${write.events.map(eventJson).join(',')}]}`,
  );
  return `[${parts.join(',')}]`;
}

function checkedStreamId(streamId: unknown): string {
  checkStreamId(streamId, (message) => new InvalidAppendError('INVALID_STREAM_ID', message));
  return streamId;
}
