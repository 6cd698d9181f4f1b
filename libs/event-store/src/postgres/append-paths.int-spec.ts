import { randomUUID } from 'node:crypto';
import { testDatabases, uniqueId } from '@planledger/testing';
import { EventStoreError } from '../port/errors';
import { NewEvent } from '../port/event-store';
import { Database } from './database';
import { MAX_STATEMENT_EVENTS } from './multi-event-append';
import { PostgresEventStore } from './postgres-event-store';

jest.setTimeout(60_000);

const events = (count: number, tag = 'paths'): NewEvent[] =>
  Array.from({ length: count }, (_, n) => ({ id: randomUUID(), type: 'PathTested', data: { tag, n } }));

/** The refusal's code, expected and actual; fails if the append went through. */
async function refusalOf(append: Promise<unknown>): Promise<{ code: string; expected?: unknown; actual?: unknown }> {
  const outcome = await append.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(outcome instanceof EventStoreError)) throw outcome ?? new Error('expected a refusal, got a result');
  const { code, expected, actual } = outcome as EventStoreError & { expected?: unknown; actual?: unknown };
  return { code, expected, actual };
}

// An append travels by one of three statements depending on its size (append-call.ts): one
// event, 2..MAX_STATEMENT_EVENTS (one statement per count), more (event_store.append). Every
// path must settle every expectation alike, write nothing when it refuses, and chain hashes
// that verify. Which parts are real: everything, on PGlite and on PostgreSQL.
for (const target of testDatabases()) {
  describe(`every append path on ${target.name}`, () => {
    let db: Database;
    let store: PostgresEventStore;
    beforeAll(async () => {
      db = await target.open();
      store = await PostgresEventStore.open(db);
    });
    afterAll(async () => {
      await store.close();
      await db.close();
    });

    describe.each([1, 2, MAX_STATEMENT_EVENTS, MAX_STATEMENT_EVENTS + 1])('with %i events', (size) => {
      it('appends with every kind of expectation and chains hashes that verify', async () => {
        const streamId = uniqueId('paths');
        const other = uniqueId('paths');
        expect((await store.append(streamId, 'no-stream', events(size))).streamRevision).toBe(size - 1);
        expect((await store.append(streamId, size - 1, events(size))).streamRevision).toBe(2 * size - 1);
        expect((await store.append(streamId, 'stream-exists', events(size))).streamRevision).toBe(3 * size - 1);
        expect((await store.append(streamId, 'any', events(size))).streamRevision).toBe(4 * size - 1);
        expect((await store.append(other, 'any', events(size))).streamRevision).toBe(size - 1);

        const stored = await store.readStream(streamId);
        expect(stored.map((e) => e.streamRevision)).toEqual(Array.from({ length: 4 * size }, (_, r) => r));
        expect(await store.verify(streamId)).toMatchObject({ ok: true, eventsChecked: 4 * size });
        expect(await store.verify(other)).toMatchObject({ ok: true, eventsChecked: size });
      });

      it('refuses a failed expectation with expected and actual, and writes nothing', async () => {
        const streamId = uniqueId('paths');
        const missing = uniqueId('paths');
        await store.append(streamId, 'no-stream', events(size));
        const before = await store.readStream(streamId);

        await expect(refusalOf(store.append(streamId, size, events(size)))).resolves.toEqual({
          code: 'WRONG_EXPECTED_REVISION',
          expected: size,
          actual: size - 1,
        });
        await expect(refusalOf(store.append(streamId, 'no-stream', events(size)))).resolves.toMatchObject({ actual: size - 1 });
        await expect(refusalOf(store.append(missing, 'stream-exists', events(size)))).resolves.toMatchObject({ actual: 'no-stream' });
        await expect(refusalOf(store.append(missing, 0, events(size)))).resolves.toMatchObject({ expected: 0, actual: 'no-stream' });

        expect(await store.readStream(streamId)).toEqual(before);
        expect(await store.streamRevision(streamId)).toBe(size - 1);
        expect(await store.readStream(missing)).toEqual([]);
        expect(await store.streamRevision(missing)).toBeUndefined();
        expect((await store.verify(streamId)).ok).toBe(true);
      });

      it('answers a resent write with its original result, and refuses ids stored elsewhere', async () => {
        const streamId = uniqueId('paths');
        const write = events(size);
        const original = await store.append(streamId, 'no-stream', write);
        await store.append(streamId, size - 1, events(1));
        const before = await store.readStream(streamId);

        expect(await store.append(streamId, 'no-stream', write)).toEqual({ ...original, replayed: true });
        expect(await store.append(streamId, 'any', write)).toEqual({ ...original, replayed: true });
        expect(await store.append(streamId, size - 1, write)).toEqual({ ...original, replayed: true });
        await expect(refusalOf(store.append(uniqueId('paths'), 'no-stream', write))).resolves.toMatchObject({ code: 'EVENT_ID_CONFLICT' });
        expect(await store.readStream(streamId)).toEqual(before);
      });

      it("lets writers racing to create a stream with 'any' all succeed, one after another", async () => {
        // Enough calls in flight, and none held back to be grouped: each races on its own statement.
        const racing = new PostgresEventStore(db, { maxConcurrentAppendCalls: 8, holdAppendsMs: 0 });
        const streamId = uniqueId('paths');
        const results = await Promise.all(Array.from({ length: 5 }, () => racing.append(streamId, 'any', events(size))));
        await racing.close();
        expect(results.map((r) => r.streamRevision).sort((a, b) => a - b)).toEqual(Array.from({ length: 5 }, (_, k) => (k + 1) * size - 1));
        expect(await store.verify(streamId)).toMatchObject({ ok: true, eventsChecked: 5 * size });
      });

      it('lets exactly one of the writers racing at the same revision win', async () => {
        const racing = new PostgresEventStore(db, { maxConcurrentAppendCalls: 8, holdAppendsMs: 0 });
        const streamId = uniqueId('paths');
        await store.append(streamId, 'no-stream', events(size));
        const outcomes = await Promise.all(
          Array.from({ length: 5 }, () => racing.append(streamId, size - 1, events(size)).catch((error: EventStoreError) => error.code)),
        );
        await racing.close();
        expect(outcomes.filter((o) => o === 'WRONG_EXPECTED_REVISION')).toHaveLength(4);
        expect(outcomes.find((o) => typeof o !== 'string')).toMatchObject({ streamRevision: 2 * size - 1 });
        expect(await store.verify(streamId)).toMatchObject({ ok: true, eventsChecked: 2 * size });
      });
    });
  });
}
