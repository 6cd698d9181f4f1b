import { eventually } from '@planledger/testing';
import { StoredEvent } from '../port/event-store';
import { comparePositions, parsePosition, positionToString } from '../port/position';
import { errorCodeOf, newEvents, seedStream, streamIdFor } from './fixtures';
import { EventStoreSubject } from './subject';

export function describeReads(subject: () => EventStoreSubject): void {
  describe('readStream', () => {
    it('reads forwards and backwards from a revision, up to maxCount', async () => {
      const { store } = subject();
      const streamId = streamIdFor();
      await store.append(streamId, 'no-stream', newEvents(6));
      const revisions = async (options: Parameters<typeof store.readStream>[1]) =>
        (await store.readStream(streamId, options)).map((e) => e.streamRevision);

      expect(await revisions({})).toEqual([0, 1, 2, 3, 4, 5]);
      expect(await revisions({ fromRevision: 2, maxCount: 3 })).toEqual([2, 3, 4]);
      expect(await revisions({ fromRevision: 4n })).toEqual([4, 5]);
      expect(await revisions({ direction: 'backwards' })).toEqual([5, 4, 3, 2, 1, 0]);
      expect(await revisions({ direction: 'backwards', fromRevision: 3, maxCount: 2 })).toEqual([3, 2]);
      expect(await revisions({ direction: 'backwards', fromRevision: 'end', maxCount: 1 })).toEqual([5]);
      expect(await revisions({ fromRevision: 9 })).toEqual([]);
    });

    it('reads an unknown stream as empty', async () => {
      const { store } = subject();
      expect(await store.readStream(streamIdFor())).toEqual([]);
      expect(await store.streamRevision(streamIdFor())).toBeUndefined();
    });

    it('refuses bad read options with typed errors', async () => {
      const { store } = subject();
      const streamId = streamIdFor();
      const bad: unknown[] = [{ direction: 'sideways' }, { maxCount: 0 }, { maxCount: 1.5 }, { fromRevision: -1 }, { fromRevision: 'middle' }];
      for (const options of bad) {
        expect(await errorCodeOf(store.readStream(streamId, options as never))).toBe('INVALID_READ_OPTIONS');
      }
      expect(await errorCodeOf(store.readStream(''))).toBe('INVALID_STREAM_ID');
      expect(await errorCodeOf(store.streamRevision('x'.repeat(201)))).toBe('INVALID_STREAM_ID');
    });
  });

  describe('readAll', () => {
    it('reads every stream in one global order, paging by position without gaps or repeats', async () => {
      const { store } = subject();
      const a = streamIdFor('all-a');
      const b = streamIdFor('all-b');
      const first = await store.append(a, 'no-stream', newEvents(2));
      await store.append(b, 'no-stream', newEvents(3));
      await store.append(a, 1, newEvents(2));

      // Other tests append meanwhile, and a transaction in flight anywhere holds readAll back, so poll.
      const seen: StoredEvent[] = [];
      let from = (await store.readStream(a))[0].position;
      const ours = () => seen.filter((e) => e.streamId === a || e.streamId === b);
      await eventually(async () => {
        const page = await store.readAll({ from, maxCount: 2 });
        seen.push(...page);
        if (page.length > 0) from = page[page.length - 1].position;
        return ours().length >= 6 ? true : undefined;
      });

      for (let i = 1; i < seen.length; i++) expect(comparePositions(seen[i - 1].position, seen[i].position)).toBeLessThan(0);
      expect(ours().map((e) => `${e.streamId === a ? 'a' : 'b'}${e.streamRevision}`)).toEqual(['a1', 'b0', 'b1', 'b2', 'a2', 'a3']);
      expect(comparePositions(first.position, ours()[0].position)).toBe(0);
    });

    it('refuses a bad position or page size', async () => {
      const { store } = subject();
      expect(await errorCodeOf(store.readAll({ from: { nonsense: true } as never }))).toBe('INVALID_POSITION');
      expect(await errorCodeOf(store.readAll({ maxCount: -5 }))).toBe('INVALID_READ_OPTIONS');
    });
  });

  describe('positions', () => {
    it('are ordered, and survive serialization for checkpoints with the same order as text', async () => {
      const { store } = subject();
      const stored = await seedStream(store, streamIdFor(), 3);
      const positions = stored.map((e) => e.position);
      const serialized = positions.map(positionToString);

      expect(serialized.map(parsePosition)).toEqual(positions);
      expect([...serialized].sort()).toEqual(serialized);
      expect(comparePositions(positions[0], positions[1])).toBeLessThan(0);
      expect(comparePositions(positions[2], positions[1])).toBeGreaterThan(0);
      expect(comparePositions(positions[1], parsePosition(serialized[1]))).toBe(0);
      expect(await errorCodeOf(Promise.resolve().then(() => parsePosition('12-ab')))).toBe('INVALID_POSITION');
    });
  });
}
