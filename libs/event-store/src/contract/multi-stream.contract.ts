import { EventIdConflictError, WrongExpectedRevisionError } from '../port/errors';
import { EventStore, NewEvent } from '../port/event-store';
import { errorCodeOf, errorCodeOfCall, newEvent, newEvents, seedStream, streamIdFor } from './fixtures';
import { EventStoreSubject } from './subject';

async function snapshotOf(store: EventStore, streams: string[]) {
  return Promise.all(streams.map((streamId) => store.readStream(streamId)));
}

export function describeMultiStreamAppends(subject: () => EventStoreSubject): void {
  describe('appends to several streams at once', () => {
    it('writes every stream on its own expectation, in one transaction', async () => {
      const { store } = subject();
      const [a, b] = [streamIdFor('multi'), streamIdFor('multi')];
      await seedStream(store, a, 2);
      const [ea, eb1, eb2] = newEvents(3);

      const result = await store.appendToStreams([
        { streamId: a, expected: 1, events: [ea] },
        { streamId: b, expected: 'no-stream', events: [eb1, eb2] },
      ]);

      expect(result.streamRevisions).toEqual([2, 1]);
      const [storedA, storedB] = await snapshotOf(store, [a, b]);
      expect(storedA.map((e) => e.id)).toEqual([storedA[0].id, storedA[1].id, ea.id]);
      expect(storedB.map((e) => e.id)).toEqual([eb1.id, eb2.id]);
      // One transaction: the same writing transaction, the last event at the result's position.
      expect(storedA[2].position.major).toBe(storedB[1].position.major);
      expect([storedA[2].position, storedB[1].position]).toContainEqual(result.position);
    });

    it('refuses the whole write when one expectation fails, naming that stream, and writes nothing', async () => {
      const { store } = subject();
      const [a, b] = [streamIdFor('multi'), streamIdFor('multi')];
      await seedStream(store, a, 1);
      await seedStream(store, b, 3);
      const before = await snapshotOf(store, [a, b]);

      const refusal = await store
        .appendToStreams([
          { streamId: a, expected: 0, events: [newEvent()] },
          { streamId: b, expected: 1, events: [newEvent()] },
        ])
        .catch((error: unknown) => error);

      expect(refusal).toBeInstanceOf(WrongExpectedRevisionError);
      expect(refusal).toMatchObject({ streamId: b, expected: 1, actual: 2 });
      expect(await snapshotOf(store, [a, b])).toEqual(before);
    });

    it('holds a condition: a stream with no events must still be at its revision', async () => {
      const { store } = subject();
      const [guard, target] = [streamIdFor('guard'), streamIdFor('target')];
      await seedStream(store, guard, 2);

      const result = await store.appendToStreams([
        { streamId: guard, expected: 1, events: [] },
        { streamId: target, expected: 'no-stream', events: [newEvent()] },
      ]);
      expect(result.streamRevisions).toEqual([1, 0]);

      await store.append(guard, 1, [newEvent()]);
      const refusal = await store
        .appendToStreams([
          { streamId: guard, expected: 1, events: [] },
          { streamId: target, expected: 0, events: [newEvent()] },
        ])
        .catch((error: unknown) => error);
      expect(refusal).toMatchObject({ code: 'WRONG_EXPECTED_REVISION', streamId: guard, actual: 2 });
      expect(await store.streamRevision(target)).toBe(0);
    });

    it('holds a condition on a stream that does not exist yet', async () => {
      const { store } = subject();
      const [absent, target] = [streamIdFor('absent'), streamIdFor('target')];
      await store.appendToStreams([
        { streamId: absent, expected: 'no-stream', events: [] },
        { streamId: target, expected: 'no-stream', events: [newEvent()] },
      ]);
      await store.append(absent, 'no-stream', [newEvent()]);

      expect(
        await errorCodeOf(
          store.appendToStreams([
            { streamId: absent, expected: 'no-stream', events: [] },
            { streamId: target, expected: 0, events: [newEvent()] },
          ]),
        ),
      ).toBe('WRONG_EXPECTED_REVISION');
      expect(await store.streamRevision(target)).toBe(0);
    });

    it('returns the original results for a resent call and stores nothing new', async () => {
      const { store } = subject();
      const [a, b] = [streamIdFor('multi'), streamIdFor('multi')];
      const call = [
        { streamId: a, expected: 'no-stream' as const, events: newEvents(2) },
        { streamId: b, expected: 'no-stream' as const, events: [newEvent()] },
      ];
      const original = await store.appendToStreams(call);
      expect(original.replayed).toBeUndefined();
      await store.append(a, 1, [newEvent()]);
      const before = await snapshotOf(store, [a, b]);

      expect(await store.appendToStreams(call)).toEqual({ ...original, replayed: true });
      expect(await store.appendToStreams(call.map((write) => ({ ...write, expected: 'any' as const })))).toEqual({ ...original, replayed: true });
      expect(await snapshotOf(store, [a, b])).toEqual(before);
    });

    it('refuses ids reused in another call, and writes nothing', async () => {
      const { store } = subject();
      const [a, b, c] = [streamIdFor('multi'), streamIdFor('multi'), streamIdFor('multi')];
      const stored = newEvent();
      await store.append(a, 'no-stream', [stored]);
      await seedStream(store, b, 1);

      const reuse = store.appendToStreams([
        { streamId: b, expected: 0, events: [newEvent()] },
        { streamId: c, expected: 'no-stream', events: [stored] },
      ]);
      const refusal = await reuse.catch((error: unknown) => error);

      expect(refusal).toBeInstanceOf(EventIdConflictError);
      expect(await store.streamRevision(b)).toBe(0);
      expect(await store.streamRevision(c)).toBeUndefined();
    });

    it('refuses a partial retry: one write stored, the other not', async () => {
      const { store } = subject();
      const [a, b] = [streamIdFor('multi'), streamIdFor('multi')];
      const storedAlone: NewEvent[] = [newEvent()];
      await store.append(a, 'no-stream', storedAlone);

      expect(
        await errorCodeOf(
          store.appendToStreams([
            { streamId: a, expected: 'no-stream', events: storedAlone },
            { streamId: b, expected: 'no-stream', events: [newEvent()] },
          ]),
        ),
      ).toBe('EVENT_ID_CONFLICT');
      expect(await store.streamRevision(b)).toBeUndefined();
    });

    it('refuses bad input before anything is written', async () => {
      const { store } = subject();
      const a = streamIdFor('multi');
      const event = newEvent();
      const codes = await Promise.all([
        errorCodeOfCall(() => store.appendToStreams([])),
        errorCodeOfCall(() => store.appendToStreams([{ streamId: a, expected: 'no-stream', events: [] }])),
        errorCodeOfCall(() =>
          store.appendToStreams([
            { streamId: a, expected: 'no-stream', events: [newEvent()] },
            { streamId: a, expected: 'no-stream', events: [] },
          ]),
        ),
        errorCodeOfCall(() =>
          store.appendToStreams([
            { streamId: a, expected: 'no-stream', events: [event] },
            { streamId: streamIdFor('multi'), expected: 'no-stream', events: [event] },
          ]),
        ),
        errorCodeOfCall(() => store.appendToStreams([{ streamId: '', expected: 'no-stream', events: [newEvent()] }])),
        errorCodeOfCall(() => store.appendToStreams([{ streamId: a, expected: -3 as never, events: [] }, { streamId: streamIdFor(), expected: 'any', events: [newEvent()] }])),
      ]);
      expect(codes).toEqual(['EMPTY_APPEND', 'EMPTY_APPEND', 'DUPLICATE_STREAM', 'DUPLICATE_EVENT_ID', 'INVALID_STREAM_ID', 'INVALID_EXPECTED_REVISION']);
      expect(await store.streamRevision(a)).toBeUndefined();
    });

    it('decides a rule across two streams once when two writers race on each other’s stream', async () => {
      const { store } = subject();
      // Each writer appends to its own stream on condition that the other's is untouched: at most
      // one of each pair may win, however they interleave.
      for (let round = 0; round < 20; round++) {
        const [x, y] = [streamIdFor('race-x'), streamIdFor('race-y')];
        const outcomes = await Promise.allSettled([
          store.appendToStreams([
            { streamId: y, expected: 'no-stream', events: [] },
            { streamId: x, expected: 'no-stream', events: [newEvent()] },
          ]),
          store.appendToStreams([
            { streamId: x, expected: 'no-stream', events: [] },
            { streamId: y, expected: 'no-stream', events: [newEvent()] },
          ]),
        ]);
        const won = outcomes.filter((outcome) => outcome.status === 'fulfilled').length;
        expect(won).toBe(1);
        const written = [await store.streamRevision(x), await store.streamRevision(y)].filter((r) => r !== undefined);
        expect(written).toEqual([0]);
      }
    });
  });
}
