import { randomUUID } from 'node:crypto';
import { InvalidAppendCode } from '../port/errors';
import { errorCodeOf, newEvent, seedStream, streamIdFor } from './fixtures';
import { EventStoreSubject } from './subject';

const circular: Record<string, unknown> = { a: 1 };
circular.self = circular;

const ONE_MIB = 1024 * 1024;

/** [what is wrong, expected revision, events, the code the store must answer with] */
const badEvents: Array<[string, unknown, unknown, InvalidAppendCode]> = [
  ['no events', 'any', [], 'EMPTY_APPEND'],
  ['events not an array', 'any', newEvent(), 'EMPTY_APPEND'],
  ['an event that is not an object', 'any', ['event'], 'INVALID_EVENT'],
  ['a malformed event id', 'any', [{ ...newEvent(), id: 'not-a-uuid' }], 'INVALID_EVENT_ID'],
  ['a missing event id', 'any', [{ type: 'T', data: {} }], 'INVALID_EVENT_ID'],
  ['an event id with braces', 'any', [{ ...newEvent(), id: `{${randomUUID()}}` }], 'INVALID_EVENT_ID'],
  ['an id twice in one write', 'any', duplicateIds(), 'DUPLICATE_EVENT_ID'],
  ['an empty type', 'any', [{ ...newEvent(), type: '' }], 'INVALID_EVENT_TYPE'],
  ['a type that is not a string', 'any', [{ ...newEvent(), type: 42 }], 'INVALID_EVENT_TYPE'],
  ['a type over 200 characters', 'any', [{ ...newEvent(), type: 'T'.repeat(201) }], 'INVALID_EVENT_TYPE'],
  ['undefined data', 'any', [{ ...newEvent(), data: undefined }], 'INVALID_EVENT_DATA'],
  ['a function in data', 'any', [newEvent({ f: () => 1 })], 'INVALID_EVENT_DATA'],
  ['a function as data', 'any', [newEvent(() => 1)], 'INVALID_EVENT_DATA'],
  ['a BigInt in data', 'any', [newEvent({ n: 1n })], 'INVALID_EVENT_DATA'],
  ['a cycle in data', 'any', [newEvent(circular)], 'INVALID_EVENT_DATA'],
  ['\\u0000 in a string', 'any', [newEvent({ text: 'a\u0000b' })], 'INVALID_EVENT_DATA'],
  ['\\u0000 in a key', 'any', [newEvent({ 'a\u0000': 1 })], 'INVALID_EVENT_DATA'],
  ['a lone surrogate', 'any', [newEvent({ text: 'a\ud800b' })], 'INVALID_EVENT_DATA'],
  ['NaN', 'any', [newEvent({ n: NaN })], 'INVALID_EVENT_DATA'],
  ['Infinity', 'any', [newEvent([Infinity])], 'INVALID_EVENT_DATA'],
  ['undefined in an array', 'any', [newEvent([1, undefined])], 'INVALID_EVENT_DATA'],
  ['a Date', 'any', [newEvent({ at: new Date() })], 'INVALID_EVENT_DATA'],
  ['a Map', 'any', [newEvent(new Map([[1, 2]]))], 'INVALID_EVENT_DATA'],
  ['a symbol', 'any', [newEvent({ s: Symbol('s') })], 'INVALID_EVENT_DATA'],
  ['metadata that is an array', 'any', [newEvent({}, 'T', [] as never)], 'INVALID_EVENT_METADATA'],
  ['metadata that is a string', 'any', [{ ...newEvent(), metadata: 'actor' }], 'INVALID_EVENT_METADATA'],
  ['a function in metadata', 'any', [newEvent({}, 'T', { f: () => 1 })], 'INVALID_EVENT_METADATA'],
  ['an event over 1 MiB', 'any', [newEvent({ text: 'x'.repeat(ONE_MIB) })], 'EVENT_TOO_LARGE'],
  ['an event over 1 MiB in UTF-8', 'any', [newEvent({ text: '质'.repeat(ONE_MIB / 3 + 1) })], 'EVENT_TOO_LARGE'],
  ['a negative expected revision', -1, [newEvent()], 'INVALID_EXPECTED_REVISION'],
  ['a fractional expected revision', 1.5, [newEvent()], 'INVALID_EXPECTED_REVISION'],
  ['an unknown expected keyword', 'latest', [newEvent()], 'INVALID_EXPECTED_REVISION'],
  ['a null expected revision', null, [newEvent()], 'INVALID_EXPECTED_REVISION'],
  ['a NaN expected revision', NaN, [newEvent()], 'INVALID_EXPECTED_REVISION'],
  ['a negative bigint revision', -1n, [newEvent()], 'INVALID_EXPECTED_REVISION'],
  ['an expected revision as a string', '0', [newEvent()], 'INVALID_EXPECTED_REVISION'],
];

function duplicateIds(): unknown[] {
  const event = newEvent();
  return [event, { ...event, data: { again: true } }];
}

export function describeInvalidInput(subject: () => EventStoreSubject): void {
  describe('bad input', () => {
    it.each(badEvents)('refuses %s with a typed error and writes nothing', async (_, expected, events, code) => {
      const { store } = subject();
      const streamId = streamIdFor('bad');
      const before = await seedStream(store, streamId, 1);

      expect(await errorCodeOf(store.append(streamId, expected as never, events as never))).toBe(code);

      expect(await store.readStream(streamId)).toEqual(before);
      expect(await store.streamRevision(streamId)).toBe(0);
    });

    const badStreamIds: Array<[string, unknown]> = [
      ['an empty stream id', ''],
      ['a stream id over 200 characters', 's'.repeat(201)],
      ['a stream id with \\u0000', 'plan\u0000-1'],
      ['a stream id that is not a string', 42],
    ];
    it.each(badStreamIds)('refuses %s and creates no stream', async (_, streamId) => {
      const { store } = subject();
      expect(await errorCodeOf(store.append(streamId as string, 'any', [newEvent()]))).toBe('INVALID_STREAM_ID');
      if (typeof streamId === 'string' && streamId.length > 0 && !streamId.includes('\u0000')) {
        expect(await errorCodeOf(store.readStream(streamId))).toBe('INVALID_STREAM_ID');
      }
    });

    it('accepts a stream id of exactly 200 characters and an event of just under 1 MiB', async () => {
      const { store } = subject();
      const streamId = `${streamIdFor('long')}-`.padEnd(200, 'x');
      const big = newEvent({ text: '' });
      const overhead = Buffer.byteLength(JSON.stringify({ id: big.id, type: big.type, data: { text: '' }, metadata: {} }));
      await store.append(streamId, 'no-stream', [newEvent({ text: 'x'.repeat(ONE_MIB - overhead) })]);
      expect(await store.streamRevision(streamId)).toBe(0);
    });
  });
}
