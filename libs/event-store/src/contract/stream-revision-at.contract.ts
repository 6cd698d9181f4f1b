import { StoredEvent } from '../port/event-store';
import { errorCodeOf, errorCodeOfCall, newEvents, streamIdFor } from './fixtures';
import { EventStoreSubject } from './subject';

/** What streamRevisionAt must answer, computed from the events as read back. */
function lastRevisionAt(events: readonly StoredEvent[], at: Date): number | undefined {
  const matching = events.filter((event) => event.createdAt.getTime() <= at.getTime());
  return matching.length === 0 ? undefined : Math.max(...matching.map((event) => event.streamRevision));
}

export function describeStreamRevisionAt(subject: () => EventStoreSubject): void {
  describe('streamRevisionAt', () => {
    it('finds the last revision stored at or before an instant, to the millisecond', async () => {
      const { store } = subject();
      const streamId = streamIdFor('at');
      await store.append(streamId, 'no-stream', newEvents(2));
      await store.append(streamId, 1, newEvents(1));
      await store.append(streamId, 2, newEvents(3));
      await store.append(streamIdFor('at-other'), 'no-stream', newEvents(2));
      const events = await store.readStream(streamId);
      const first = events[0].createdAt.getTime();
      const probes = [
        new Date(first - 1),
        ...events.map((event) => event.createdAt),
        new Date(events[events.length - 1].createdAt.getTime() + 86_400_000),
      ];
      for (const at of probes) expect(await store.streamRevisionAt(streamId, at)).toBe(lastRevisionAt(events, at));
      for (const event of events) {
        expect(await store.streamRevisionAt(streamId, event.createdAt)).toBeGreaterThanOrEqual(event.streamRevision);
      }
      expect(await store.streamRevisionAt(streamId, new Date(first - 1))).toBeUndefined();
      expect(await store.streamRevisionAt(streamId, probes[probes.length - 1])).toBe(5);
    });

    it('answers undefined for a stream without events', async () => {
      const { store } = subject();
      expect(await store.streamRevisionAt(streamIdFor('at'), new Date())).toBeUndefined();
    });

    it('refuses an invalid instant or stream id with typed errors', async () => {
      const { store } = subject();
      expect(await errorCodeOfCall(() => store.streamRevisionAt(streamIdFor('at'), new Date(Number.NaN)))).toBe('INVALID_READ_OPTIONS');
      expect(await errorCodeOfCall(() => store.streamRevisionAt(streamIdFor('at'), '2024-01-01' as never))).toBe('INVALID_READ_OPTIONS');
      expect(await errorCodeOf(store.streamRevisionAt('', new Date()))).toBe('INVALID_STREAM_ID');
    });
  });
}
