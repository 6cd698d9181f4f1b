import { WrongExpectedRevisionError } from '../port/errors';
import { comparePositions } from '../port/position';
import { errorCodeOf, newEvent, newEvents, seedStream, streamIdFor } from './fixtures';
import { EventStoreSubject } from './subject';

export function describeAppends(subject: () => EventStoreSubject): void {
  describe('append', () => {
    it('creates a stream at revision 0 and reads the event back as written', async () => {
      const { store } = subject();
      const streamId = streamIdFor();
      const event = newEvent({ title: '质量强区建设实施方案', items: [1, 2.5, null, true], nested: { a: { b: 'c' } } }, 'PlanDrafted', {
        actor: 'drafter-7',
      });

      const result = await store.append(streamId, 'no-stream', [event]);

      expect(result.streamRevision).toBe(0);
      const [stored] = await store.readStream(streamId);
      expect(stored).toEqual({
        id: event.id,
        streamId,
        streamRevision: 0,
        position: result.position,
        type: 'PlanDrafted',
        data: event.data,
        metadata: { actor: 'drafter-7' },
        createdAt: expect.any(Date),
      });
      expect(await store.streamRevision(streamId)).toBe(0);
    });

    it('stores metadata as an empty object when none is given', async () => {
      const { store } = subject();
      const streamId = streamIdFor();
      await store.append(streamId, 'no-stream', [newEvent()]);
      const [stored] = await store.readStream(streamId);
      expect(stored.metadata).toEqual({});
    });

    it('appends at an exact revision, given as a number or a bigint', async () => {
      const { store } = subject();
      const streamId = streamIdFor();
      await seedStream(store, streamId, 2);
      expect((await store.append(streamId, 1, [newEvent()])).streamRevision).toBe(2);
      expect((await store.append(streamId, 2n, [newEvent()])).streamRevision).toBe(3);
    });

    it("appends with 'any' to a new or an existing stream", async () => {
      const { store } = subject();
      const streamId = streamIdFor();
      expect((await store.append(streamId, 'any', [newEvent()])).streamRevision).toBe(0);
      expect((await store.append(streamId, 'any', [newEvent()])).streamRevision).toBe(1);
    });

    it("appends with 'stream-exists' only to a stream that has events", async () => {
      const { store } = subject();
      const streamId = streamIdFor();
      const refused = store.append(streamId, 'stream-exists', [newEvent()]);
      await expect(refused).rejects.toMatchObject({ code: 'WRONG_EXPECTED_REVISION', expected: 'stream-exists', actual: 'no-stream' });
      await seedStream(store, streamId, 1);
      expect((await store.append(streamId, 'stream-exists', [newEvent()])).streamRevision).toBe(1);
    });

    it('writes several events atomically with consecutive revisions and increasing positions', async () => {
      const { store } = subject();
      const streamId = streamIdFor();
      await seedStream(store, streamId, 1);

      const result = await store.append(streamId, 0, newEvents(5));

      const stored = await store.readStream(streamId);
      expect(stored.map((e) => e.streamRevision)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(result).toEqual({ streamRevision: 5, position: stored[5].position });
      for (let i = 1; i < stored.length; i++) expect(comparePositions(stored[i - 1].position, stored[i].position)).toBeLessThan(0);
    });

    it('refuses a stale revision, names expected and actual, and writes nothing', async () => {
      const { store } = subject();
      const streamId = streamIdFor();
      const before = await seedStream(store, streamId, 3);

      const refusal = await store.append(streamId, 1, newEvents(2)).catch((error: unknown) => error);

      expect(refusal).toBeInstanceOf(WrongExpectedRevisionError);
      expect(refusal).toMatchObject({ code: 'WRONG_EXPECTED_REVISION', streamId, expected: 1, actual: 2 });
      expect(await store.readStream(streamId)).toEqual(before);
      expect(await store.streamRevision(streamId)).toBe(2);
    });

    it("refuses 'no-stream' on an existing stream and an exact revision on a missing one", async () => {
      const { store } = subject();
      const existing = streamIdFor();
      const missing = streamIdFor();
      await seedStream(store, existing, 1);

      await expect(store.append(existing, 'no-stream', [newEvent()])).rejects.toMatchObject({ expected: 'no-stream', actual: 0 });
      await expect(store.append(missing, 0, [newEvent()])).rejects.toMatchObject({ expected: 0, actual: 'no-stream' });
      await expect(store.append(missing, 3, newEvents(2))).rejects.toMatchObject({ code: 'WRONG_EXPECTED_REVISION' });
      expect(await store.readStream(missing)).toEqual([]);
      expect(await store.streamRevision(missing)).toBeUndefined();
    });

    it('refuses a stale revision for a batch too, and writes none of it', async () => {
      const { store } = subject();
      const streamId = streamIdFor();
      const before = await seedStream(store, streamId, 2);
      expect(await errorCodeOf(store.append(streamId, 0, newEvents(3)))).toBe('WRONG_EXPECTED_REVISION');
      expect(await errorCodeOf(store.append(streamId, 'no-stream', newEvents(3)))).toBe('WRONG_EXPECTED_REVISION');
      expect(await store.readStream(streamId)).toEqual(before);
    });

    it('round-trips JSON values exactly', async () => {
      const { store } = subject();
      const streamId = streamIdFor();
      const values = [
        { text: '“引号”、\'单引号\'、\\反斜杠\\、\n换行\t制表、emoji 📜、零宽\u200b' },
        [],
        {},
        null,
        0,
        -1.25e-7,
        1e21,
        Number.MAX_SAFE_INTEGER,
        'plain string',
        { '': 'empty key', 'key with spaces': [{ deep: [[[]]] }] },
      ];
      await store.append(streamId, 'no-stream', values.map((data) => newEvent(data)));
      expect((await store.readStream(streamId)).map((e) => e.data)).toEqual(values);
    });

    it('returns event ids in lowercase', async () => {
      const { store } = subject();
      const streamId = streamIdFor();
      const event = newEvent();
      await store.append(streamId, 'no-stream', [{ ...event, id: event.id.toUpperCase() }]);
      expect((await store.readStream(streamId))[0].id).toBe(event.id.toLowerCase());
    });
  });
}
