import { randomUUID } from 'node:crypto';
import { evolve, initialState, planStreamId, toDocument, type PlanEvent } from '@planledger/domain';
import { PostgresEventStore, type Database } from '@planledger/event-store';
import { testDatabases, uniqueId } from '@planledger/testing';
import { FoldedStreams } from '../commands/folded-streams';
import { PLAN_FOLDER } from '../plans/plan-commands.service';

const EVERY = 5;
const meta = { actor: 'u-zhang', at: '2024-03-20T09:00:00+08:00' };

/** A plan with one paragraph and `edits` one-character insertions into it. */
function history(planId: string, edits: number): PlanEvent[] {
  const events: PlanEvent[] = [
    { type: 'PlanCreated', data: { ...meta, planId, title: '实施方案' } },
    {
      type: 'PlanTextImported',
      data: {
        ...meta,
        nodes: [{ id: 'p', kind: 'paragraph', text: '', responsibleUnits: [], parentId: null, index: 0 }],
        metadata: { title: '实施方案', issuingBody: null, documentNumber: null, addressees: [], date: null, publicationNote: null, isConsultationDraft: false },
        normalizations: [],
        sourceLabel: 'test',
      },
    },
  ];
  for (let n = 0; n < edits; n++) {
    events.push({ type: 'NodeTextEdited', data: { ...meta, nodeId: 'p', offset: n, deleteCount: 0, deletedText: '', insertedText: '字' } });
  }
  return events;
}

describe.each(testDatabases())('snapshots through a long history ($name)', (target) => {
  let database: Database;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await target.open();
    store = await PostgresEventStore.open(database);
  });
  afterAll(async () => {
    await store.close();
    await database.close();
  });

  const append = (streamId: string, expected: number | 'no-stream', events: PlanEvent[]) =>
    store.append(streamId, expected, events.map((event) => ({ id: randomUUID(), type: event.type, data: event.data })));

  /** The snapshot revisions of a stream, found by walking down from its head. */
  async function snapshotRevisions(streamId: string, head: number): Promise<number[]> {
    const found: number[] = [];
    let atOrBefore = head;
    for (;;) {
      const snapshot = await store.loadSnapshot(streamId, { atOrBefore, schemaVersion: PLAN_FOLDER.stateSchemaVersion });
      if (!snapshot) return found.reverse();
      found.push(snapshot.revision + 1);
      if (snapshot.revision === 0) return found.reverse();
      atOrBefore = snapshot.revision - 1;
    }
  }

  it('writes a snapshot every N events while folding a history appended elsewhere in one go', async () => {
    const planId = uniqueId('plan');
    const events = history(planId, 40);
    await append(planStreamId(planId), 'no-stream', events);
    const streams = new FoldedStreams(store, PLAN_FOLDER, { snapshotEvery: EVERY });
    const loaded = await streams.load(planStreamId(planId));
    expect(loaded.revision).toBe(42);
    expect(await snapshotRevisions(planStreamId(planId), 41)).toEqual([5, 10, 15, 20, 25, 30, 35, 40]);
    const snapshot = await store.loadSnapshot(planStreamId(planId), { atOrBefore: 24, schemaVersion: PLAN_FOLDER.stateSchemaVersion });
    expect(toDocument(snapshot?.state as never)).toEqual(toDocument(events.slice(0, 25).reduce(evolve, initialState())));
  });

  it('keeps snapshots at most N apart when state is also folded by the writer between loads', async () => {
    const planId = uniqueId('plan');
    const streamId = planStreamId(planId);
    const events = history(planId, 30);
    const streams = new FoldedStreams(store, PLAN_FOLDER, { snapshotEvery: EVERY });
    let state = initialState();
    for (const [index, event] of events.entries()) {
      await streams.load(streamId);
      await append(streamId, index === 0 ? 'no-stream' : index - 1, [event]);
      state = evolve(state, event);
      streams.remember(streamId, { state, revision: index + 1 });
    }
    const revisions = await snapshotRevisions(streamId, events.length - 1);
    const gaps = revisions.map((revision, index) => revision - (index === 0 ? 0 : revisions[index - 1]));
    expect(revisions.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(EVERY);
  });
});
