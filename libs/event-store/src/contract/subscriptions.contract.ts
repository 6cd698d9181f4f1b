import { eventually } from '@planledger/testing';
import { comparePositions } from '../port/position';
import { markPosition, newEvent, newEvents, seedStream, streamIdFor } from './fixtures';
import { EventStoreSubject } from './subject';
import { SubscriptionRecorder } from './subscription-recorder';

const ONE_MINUTE = 60_000;

export function describeSubscriptions(subject: () => EventStoreSubject): void {
  describe('catch-up subscriptions', () => {
    it('deliver history, then live appends, in order, each with its position', async () => {
      const { store } = subject();
      const streamId = streamIdFor('sub');
      const from = await markPosition(store);
      const history = await seedStream(store, streamId, 3);
      const recorder = new SubscriptionRecorder(store, new Set([streamId]), { from });
      try {
        await eventually(() => recorder.has(3), 30_000);
        await store.append(streamId, 2, newEvents(2));
        await eventually(() => recorder.has(5), 30_000);

        expect(recorder.keys()).toEqual([0, 1, 2, 3, 4].map((r) => `${streamId}:${r}`));
        expect(recorder.received.slice(0, 3)).toEqual(history);
        for (let i = 1; i < recorder.received.length; i++) {
          expect(comparePositions(recorder.received[i - 1].position, recorder.received[i].position)).toBeLessThan(0);
        }
      } finally {
        await recorder.subscription.stop();
      }
    });

    it('resume after a checkpoint position, and respect the batch size', async () => {
      const { store } = subject();
      const streamId = streamIdFor('sub');
      const stored = await seedStream(store, streamId, 5);
      const recorder = new SubscriptionRecorder(store, new Set([streamId]), { from: stored[1].position, batchSize: 2 });
      try {
        await eventually(() => recorder.has(3), 30_000);
        expect(recorder.keys()).toEqual([2, 3, 4].map((r) => `${streamId}:${r}`));
        expect(Math.max(...recorder.batches.map((batch) => batch.length))).toBeLessThanOrEqual(2);
      } finally {
        await recorder.subscription.stop();
      }
    });

    it('deliver nothing after stop() has resolved, and end done', async () => {
      const { store } = subject();
      const streamId = streamIdFor('sub');
      const from = await markPosition(store);
      const first = await seedStream(store, streamId, 1);
      const recorder = new SubscriptionRecorder(store, new Set([streamId]), { from });
      await eventually(() => recorder.has(1), 30_000);
      await recorder.subscription.stop();
      await expect(recorder.subscription.done).resolves.toBeUndefined();

      await store.append(streamId, 0, [newEvent()]);
      const probe = new SubscriptionRecorder(store, new Set([streamId]), { from: first[0].position });
      await eventually(() => probe.has(1), 30_000);
      await probe.subscription.stop();
      expect(recorder.received).toHaveLength(1);
    });

    it('stop and reject done with the error a handler throws, without moving past its batch', async () => {
      const { store } = subject();
      const streamId = streamIdFor('sub');
      const from = await markPosition(store);
      await seedStream(store, streamId, 2);
      const failure = new Error('projection failed');
      let calls = 0;
      const subscription = store.subscribe({
        from,
        onEvents: async (batch) => {
          if (batch.some((event) => event.streamId === streamId)) {
            calls++;
            throw failure;
          }
        },
      });
      await expect(subscription.done).rejects.toBe(failure);
      expect(calls).toBe(1);
      await subscription.stop();
    });

    it('wake at once for an append through this store (no waiting for the poll interval)', async () => {
      const lazy = await subject().openStore({ pollIntervalMs: ONE_MINUTE });
      const streamId = streamIdFor('wake');
      const recorder = new SubscriptionRecorder(lazy, new Set([streamId]), { from: await markPosition(lazy) });
      try {
        await eventually(() => (recorder.caughtUp > 0 ? true : undefined), 30_000);
        await lazy.append(streamId, 'no-stream', [newEvent()]);
        await eventually(() => recorder.has(1), 30_000);
      } finally {
        await lazy.close();
      }
    });

    it('wake at once for an append made by another store on the same database', async () => {
      const { store } = subject();
      const peer = await subject().openPeer({ pollIntervalMs: ONE_MINUTE });
      const streamId = streamIdFor('wake');
      const recorder = new SubscriptionRecorder(peer, new Set([streamId]), { from: await markPosition(store) });
      try {
        await eventually(() => (recorder.caughtUp > 0 ? true : undefined), 30_000);
        await store.append(streamId, 'no-stream', [newEvent()]);
        await eventually(() => recorder.has(1), 30_000);
      } finally {
        await peer.close();
      }
    });

    it('refuse options without a handler or with a bad batch size', () => {
      const { store } = subject();
      expect(() => store.subscribe({} as never)).toThrow(expect.objectContaining({ code: 'INVALID_READ_OPTIONS' }));
      expect(() => store.subscribe({ onEvents: async () => undefined, batchSize: 0 })).toThrow(
        expect.objectContaining({ code: 'INVALID_READ_OPTIONS' }),
      );
    });
  });
}
