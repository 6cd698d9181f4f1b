import { eventually } from '@planledger/testing';
import { WrongExpectedRevisionError } from '../port/errors';
import { AppendResult, EventStore, NewEvent, StoredEvent } from '../port/event-store';
import { comparePositions } from '../port/position';
import { markPosition, newEvent, streamIdFor } from './fixtures';
import { EventStoreSubject } from './subject';
import { SubscriptionRecorder } from './subscription-recorder';

/** Read the revision, append after it, retry on a stale revision: the usual optimistic writer. */
async function appendOptimistically(store: EventStore, streamId: string, event: NewEvent): Promise<AppendResult> {
  for (;;) {
    const revision = await store.streamRevision(streamId);
    try {
      return await store.append(streamId, revision ?? 'no-stream', [event]);
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
    }
  }
}

function expectGapFreeRevisions(events: StoredEvent[]): void {
  const next = new Map<string, number>();
  for (const event of events) {
    expect(event.streamRevision).toBe(next.get(event.streamId) ?? 0);
    next.set(event.streamId, event.streamRevision + 1);
  }
}

/** Each append's events arrive together: no event of another append between them. */
function expectAppendsContiguous(received: StoredEvent[], appends: string[][]): void {
  const index = new Map(received.map((event, i) => [event.id, i]));
  for (const ids of appends) {
    const at = ids.map((id) => index.get(id));
    expect(at).toEqual(ids.map((_, k) => (at[0] ?? -1) + k));
  }
}

export interface ConcurrencyCapabilities {
  /** False on a single-connection database: no transaction can commit while another is open. */
  concurrentTransactions: boolean;
}

export function describeConcurrency(subject: () => EventStoreSubject, { concurrentTransactions }: ConcurrencyCapabilities): void {
  describe('concurrency', () => {
    it('lets exactly one writer win each revision of a stream and loses no acknowledged write', async () => {
      const { store } = subject();
      const streamId = streamIdFor('race');
      const writers = 8;
      const perWriter = 5;
      const acknowledged: Array<[NewEvent, AppendResult]> = [];

      await Promise.all(
        Array.from({ length: writers }, async () => {
          for (let i = 0; i < perWriter; i++) {
            const event = newEvent({ i });
            acknowledged.push([event, await appendOptimistically(store, streamId, event)]);
          }
        }),
      );

      const stored = await store.readStream(streamId);
      expect(stored.map((e) => e.streamRevision)).toEqual(Array.from({ length: writers * perWriter }, (_, r) => r));
      expect(new Set(acknowledged.map(([, result]) => result.streamRevision)).size).toBe(writers * perWriter);
      for (const [event, result] of acknowledged) expect(stored[result.streamRevision].id).toBe(event.id);
    });

    it('serves many concurrent appends, reads and a subscription without errors or interleaving', async () => {
      const { store } = subject();
      const streams = Array.from({ length: 12 }, () => streamIdFor('busy'));
      const perStream = 8;
      const recorder = new SubscriptionRecorder(store, new Set(streams), { from: await markPosition(store), batchSize: 7 });
      const appended: string[][] = [];
      try {
        const appends = streams.map(async (streamId) => {
          for (let n = 0; n < perStream; n++) {
            const events = Array.from({ length: 1 + (n % 3) }, () => newEvent({ n }));
            const result = await store.append(streamId, 'any', events);
            appended.push(events.map((event) => event.id));
            const read = await store.readStream(streamId);
            expect(read[read.length - 1].streamRevision).toBeGreaterThanOrEqual(result.streamRevision);
            expectGapFreeRevisions(read);
          }
        });
        const readers = Array.from({ length: 4 }, async () => {
          for (let i = 0; i < 10; i++) {
            const page = await store.readAll({ from: recorder.received[0]?.position, maxCount: 50 });
            for (let j = 1; j < page.length; j++) expect(comparePositions(page[j - 1].position, page[j].position)).toBeLessThan(0);
          }
        });
        await Promise.all([...appends, ...readers]);

        const total = (await Promise.all(streams.map((s) => store.readStream(s)))).reduce((sum, events) => sum + events.length, 0);
        await eventually(() => recorder.has(total), 30_000);
        expect(recorder.received).toHaveLength(total);
        for (let i = 1; i < recorder.received.length; i++) {
          expect(comparePositions(recorder.received[i - 1].position, recorder.received[i].position)).toBeLessThan(0);
        }
        expectGapFreeRevisions(recorder.received);
        expectAppendsContiguous(recorder.received, appended);
      } finally {
        await recorder.subscription.stop();
      }
    });

    describe('transactions committing out of order', () => {
      if (concurrentTransactions) {
        it('never lets a subscription move past an event whose transaction is still open', async () => {
          const current = subject();
          const { store } = current;
          const slow = streamIdFor('slow');
          const fast = streamIdFor('fast');
          const recorder = new SubscriptionRecorder(store, new Set([slow, fast]), { from: await markPosition(store) });
          try {
            const held = await current.holdUncommittedAppend(slow, [newEvent({ late: true })]);
            await store.append(fast, 'no-stream', [newEvent({ n: 0 })]);
            await store.append(fast, 0, [newEvent({ n: 1 })]);
            expect(await store.readStream(fast)).toHaveLength(2);
            const caughtUpBefore = recorder.caughtUp;
            await eventually(() => (recorder.caughtUp >= caughtUpBefore + 2 ? true : undefined), 30_000);
            expect(recorder.received).toEqual([]);

            await held.commit();
            await eventually(() => recorder.has(3), 30_000);
            expect(recorder.keys()).toEqual([`${slow}:0`, `${fast}:0`, `${fast}:1`]);
          } finally {
            await recorder.subscription.stop();
          }
        });
      } else {
        // One connection (PGlite): no transaction can commit while another is open, so commits
        // cannot come out of order here; the PostgreSQL run covers that case. What can be shown
        // is that appends wait behind the open transaction instead of interleaving with it.
        it('queues appends behind an open transaction on the one connection, then delivers all in order', async () => {
          const current = subject();
          const { store } = current;
          const slow = streamIdFor('slow');
          const fast = streamIdFor('fast');
          const recorder = new SubscriptionRecorder(store, new Set([slow, fast]), { from: await markPosition(store) });
          try {
            const held = await current.holdUncommittedAppend(slow, [newEvent({ late: true })]);
            const queued = store.append(fast, 'no-stream', [newEvent()]);
            await eventually(() => (current.queuedQueries() > 0 ? true : undefined));
            await held.commit();
            await queued;
            await eventually(() => recorder.has(2), 30_000);
            expect(recorder.keys()).toEqual([`${slow}:0`, `${fast}:0`]);
          } finally {
            await recorder.subscription.stop();
          }
        });
      }
    });
  });
}
