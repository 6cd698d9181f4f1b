import { errorCodeOf, seedStream, streamIdFor } from './fixtures';
import { SnapshotSubject } from './subject';

export function describeSnapshots(subject: () => SnapshotSubject): void {
  describe('snapshots', () => {
    it('load the latest snapshot, or the latest at or before a revision', async () => {
      const { store } = subject();
      const streamId = streamIdFor('snap');
      await seedStream(store, streamId, 6);
      await store.saveSnapshot(streamId, 1, { clauses: 2 }, 1);
      await store.saveSnapshot(streamId, 4, { clauses: 5, title: '实施方案' }, 1);

      expect(await store.loadSnapshot(streamId)).toEqual({
        streamId,
        revision: 4,
        schemaVersion: 1,
        state: { clauses: 5, title: '实施方案' },
        createdAt: expect.any(Date),
      });
      expect(await store.loadSnapshot(streamId, { atOrBefore: 3 })).toMatchObject({ revision: 1, state: { clauses: 2 } });
      expect(await store.loadSnapshot(streamId, { atOrBefore: 0 })).toBeUndefined();
      expect(await store.loadSnapshot(streamIdFor('snap'))).toBeUndefined();
    });

    it('keep state schema versions apart and replace a snapshot saved again at the same revision', async () => {
      const { store } = subject();
      const streamId = streamIdFor('snap');
      await seedStream(store, streamId, 3);
      await store.saveSnapshot(streamId, 2, { shape: 'old' }, 1);
      await store.saveSnapshot(streamId, 1, { shape: 'new' }, 2);
      await store.saveSnapshot(streamId, 1, { shape: 'newer' }, 2);

      expect(await store.loadSnapshot(streamId, { schemaVersion: 2 })).toMatchObject({ revision: 1, state: { shape: 'newer' } });
      expect(await store.loadSnapshot(streamId, { schemaVersion: 1 })).toMatchObject({ revision: 2, state: { shape: 'old' } });
      expect(await store.loadSnapshot(streamId, { schemaVersion: 3 })).toBeUndefined();
    });

    it('refuse a snapshot beyond the stream, and bad input, saving nothing', async () => {
      const { store } = subject();
      const streamId = streamIdFor('snap');
      await seedStream(store, streamId, 2);

      expect(await errorCodeOf(store.saveSnapshot(streamId, 2, {}, 1))).toBe('SNAPSHOT_BEYOND_STREAM');
      expect(await errorCodeOf(store.saveSnapshot(streamIdFor('snap'), 0, {}, 1))).toBe('SNAPSHOT_BEYOND_STREAM');
      expect(await errorCodeOf(store.saveSnapshot(streamId, -1, {}, 1))).toBe('INVALID_SNAPSHOT');
      expect(await errorCodeOf(store.saveSnapshot(streamId, 0.5, {}, 1))).toBe('INVALID_SNAPSHOT');
      expect(await errorCodeOf(store.saveSnapshot(streamId, 0, {}, -2))).toBe('INVALID_SNAPSHOT');
      expect(await errorCodeOf(store.saveSnapshot(streamId, 0, { f: () => 1 }, 1))).toBe('INVALID_SNAPSHOT');
      expect(await errorCodeOf(store.saveSnapshot(streamId, 0, undefined, 1))).toBe('INVALID_SNAPSHOT');
      expect(await errorCodeOf(store.saveSnapshot('', 0, {}, 1))).toBe('INVALID_STREAM_ID');
      expect(await errorCodeOf(store.loadSnapshot(streamId, { atOrBefore: -1 }))).toBe('INVALID_SNAPSHOT');

      expect(await store.loadSnapshot(streamId)).toBeUndefined();
    });
  });
}
