import { EventIdConflictError } from '../port/errors';
import { ExpectedRevision } from '../port/event-store';
import { errorCodeOf, newEvent, newEvents, seedStream, streamIdFor } from './fixtures';
import { EventStoreSubject } from './subject';

export function describeIdempotency(subject: () => EventStoreSubject): void {
  describe('idempotent writes', () => {
    it('returns the original result for a resent write and stores nothing new', async () => {
      const { store } = subject();
      const streamId = streamIdFor();
      const write = newEvents(3);
      const original = await store.append(streamId, 'no-stream', write);
      expect(original.replayed).toBeUndefined();
      await store.append(streamId, 2, [newEvent()]);
      const before = await store.readStream(streamId);

      expect(await store.append(streamId, 'no-stream', write)).toEqual({ ...original, replayed: true });
      expect(await store.append(streamId, 'any', write)).toEqual({ ...original, replayed: true });
      expect(await store.append(streamId, 'stream-exists', write)).toEqual({ ...original, replayed: true });
      expect(await store.readStream(streamId)).toEqual(before);
    });

    it('returns the original result for a resent single-event write at an old revision', async () => {
      const { store } = subject();
      const streamId = streamIdFor();
      await seedStream(store, streamId, 2);
      const write = [newEvent()];
      const original = await store.append(streamId, 1, write);
      await store.append(streamId, 2, [newEvent()]);

      expect(await store.append(streamId, 1, write)).toEqual({ ...original, replayed: true });
      expect(await store.append(streamId, 'any', [{ ...write[0], id: write[0].id.toUpperCase() }])).toEqual({ ...original, replayed: true });
      expect(await store.streamRevision(streamId)).toBe(3);
    });

    it('refuses a write that reuses some stored ids but not all, and writes nothing', async () => {
      const { store } = subject();
      const streamId = streamIdFor();
      const [first, second] = newEvents(2);
      await store.append(streamId, 'no-stream', [first, second]);
      const before = await store.readStream(streamId);

      const refusal = await store.append(streamId, 'any', [second, newEvent()]).catch((error: unknown) => error);

      expect(refusal).toBeInstanceOf(EventIdConflictError);
      expect(refusal).toMatchObject({ code: 'EVENT_ID_CONFLICT', eventIds: [second.id] });
      expect(await errorCodeOf(store.append(streamId, 1, [newEvent(), first]))).toBe('EVENT_ID_CONFLICT');
      expect(await errorCodeOf(store.append(streamId, 'any', [second, first]))).toBe('EVENT_ID_CONFLICT');
      expect(await store.readStream(streamId)).toEqual(before);
    });

    it('refuses ids already stored in another stream, and writes nothing', async () => {
      const { store } = subject();
      const elsewhere = streamIdFor();
      const target = streamIdFor();
      const taken = newEvent();
      await store.append(elsewhere, 'no-stream', [taken]);
      await seedStream(store, target, 1);
      const before = await store.readStream(target);

      expect(await errorCodeOf(store.append(target, 'any', [taken]))).toBe('EVENT_ID_CONFLICT');
      expect(await errorCodeOf(store.append(target, 0, [newEvent(), taken]))).toBe('EVENT_ID_CONFLICT');
      expect(await errorCodeOf(store.append(streamIdFor(), 'no-stream', [taken]))).toBe('EVENT_ID_CONFLICT');
      expect(await store.readStream(target)).toEqual(before);
    });

    const racingExpectations: Array<[string, ExpectedRevision, number]> = [
      ["'no-stream' on a new stream", 'no-stream', 0],
      ['an exact revision', 1, 2],
      ["'any'", 'any', 2],
    ];
    it.each(racingExpectations)('stores a write once when identical copies race (%s)', async (_, firstExpected, seeded) => {
      const { store } = subject();
      const streamId = streamIdFor();
      await seedStream(store, streamId, seeded);
      let expected = firstExpected;
      for (const size of [1, 3]) {
        const write = newEvents(size);
        const results = await Promise.all(Array.from({ length: 6 }, () => store.append(streamId, expected, write)));
        // One copy wrote; every other answers the same result, marked as a replay.
        expect(results.filter((result) => !result.replayed)).toHaveLength(1);
        for (const { replayed: _, ...result } of results) expect(result).toEqual({ streamRevision: results[0].streamRevision, position: results[0].position });
        const stored = await store.readStream(streamId);
        expect(stored.filter((e) => write.some((w) => w.id === e.id))).toHaveLength(size);
        expect(stored.map((e) => e.streamRevision)).toEqual(stored.map((_, i) => i));
        if (firstExpected !== 'any') expected = results[0].streamRevision;
      }
    });
  });
}
