import { EventStore, StoredEvent } from '../port/event-store';
import { newEvents, streamIdFor } from './fixtures';
import { ChainVerifierSubject } from './subject';

async function seedChain(store: EventStore, length = 6): Promise<{ streamId: string; events: StoredEvent[] }> {
  const streamId = streamIdFor('chain');
  await store.append(streamId, 'no-stream', newEvents(2));
  for (let revision = 1; revision < length - 1; revision++) await store.append(streamId, revision, newEvents(1));
  return { streamId, events: await store.readStream(streamId) };
}

export function describeChainVerification(subject: () => ChainVerifierSubject): void {
  describe('tamper evidence', () => {
    it('verifies an untouched stream clean', async () => {
      const { store } = subject();
      const { streamId } = await seedChain(store);
      expect(await store.verify(streamId)).toEqual({ ok: true, streamsChecked: 1, eventsChecked: 6, failures: [] });
    });

    it('verifies an untouched store clean', async () => {
      const empty = await subject().openEmptyStore();
      try {
        await seedChain(empty.store);
        await seedChain(empty.store, 3);
        expect(await empty.store.verify()).toEqual({ ok: true, streamsChecked: 2, eventsChecked: 9, failures: [] });
      } finally {
        await empty.close();
      }
    });

    it('points at an event whose data was altered', async () => {
      const { store, tamper } = subject();
      const { streamId, events } = await seedChain(store);
      await tamper.setEventData(streamId, 3, { n: 'forged' });
      expect(await store.verify(streamId)).toMatchObject({
        ok: false,
        failures: [{ streamId, reason: 'altered', revision: 3, position: events[3].position }],
      });
    });

    it('points at an event whose type was altered', async () => {
      const { store, tamper } = subject();
      const { streamId, events } = await seedChain(store);
      await tamper.setEventType(streamId, 0, 'SomethingElse');
      expect((await store.verify(streamId)).failures).toEqual([{ streamId, reason: 'altered', revision: 0, position: events[0].position }]);
    });

    it('points at the first revision missing from the middle of a stream', async () => {
      const { store, tamper } = subject();
      const { streamId, events } = await seedChain(store);
      await tamper.deleteEvent(streamId, 2);
      expect((await store.verify(streamId)).failures).toEqual([{ streamId, reason: 'missing', revision: 2, position: events[3].position }]);
    });

    it('points at swapped revisions as reordered', async () => {
      const { store, tamper } = subject();
      const { streamId, events } = await seedChain(store);
      await tamper.swapRevisions(streamId, 2, 4);
      expect((await store.verify(streamId)).failures).toEqual([{ streamId, reason: 'reordered', revision: 2, position: events[4].position }]);
    });

    it('points past the last event left when the tail was truncated', async () => {
      const { store, tamper } = subject();
      const { streamId } = await seedChain(store);
      await tamper.deleteEvent(streamId, 5);
      await tamper.deleteEvent(streamId, 4);
      expect((await store.verify(streamId)).failures).toEqual([{ streamId, reason: 'truncated', revision: 4 }]);
    });

    it('notices a stream whose events were all deleted', async () => {
      const { store, tamper } = subject();
      const { streamId } = await seedChain(store, 2);
      await tamper.deleteEvent(streamId, 0);
      await tamper.deleteEvent(streamId, 1);
      expect((await store.verify(streamId)).failures).toEqual([{ streamId, reason: 'truncated', revision: 0 }]);
    });

    it('notices a recorded head that disagrees with the chain, or is gone', async () => {
      const { store, tamper } = subject();
      const forged = await seedChain(store);
      const unrecorded = await seedChain(store);
      await tamper.setRecordedHeadHash(forged.streamId, Buffer.alloc(32, 7));
      await tamper.deleteStreamRecord(unrecorded.streamId);
      expect((await store.verify(forged.streamId)).failures).toEqual([
        { streamId: forged.streamId, reason: 'head-mismatch', revision: 5, position: forged.events[5].position },
      ]);
      expect((await store.verify(unrecorded.streamId)).failures).toEqual([
        { streamId: unrecorded.streamId, reason: 'head-mismatch', revision: 5, position: unrecorded.events[5].position },
      ]);
    });

    it('reports every broken stream, and no intact one, when verifying the whole store', async () => {
      const { store, tamper } = subject();
      const intact = await seedChain(store);
      const broken = await seedChain(store);
      await tamper.setEventData(broken.streamId, 1, { n: 'forged' });

      const report = await store.verify();

      expect(report.ok).toBe(false);
      expect(report.failures).toContainEqual({ streamId: broken.streamId, reason: 'altered', revision: 1, position: broken.events[1].position });
      expect(report.failures.map((f) => f.streamId)).not.toContain(intact.streamId);
      expect(report.eventsChecked).toBeGreaterThanOrEqual(12);
    });
  });
}
