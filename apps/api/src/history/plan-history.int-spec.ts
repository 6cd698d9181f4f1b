import {
  blamePlan,
  evolve,
  initialState,
  PLAN_STATE_SCHEMA_VERSION,
  PlanError,
  toDocument,
  upcastPlanEvent,
  type PlanCommand,
  type PlanEvent,
} from '@planledger/domain';
import type { PlanDocument } from '@planledger/documents';
import { PostgresEventStore, type Database, type StoredEvent } from '@planledger/event-store';
import { testDatabases, uniqueId } from '@planledger/testing';
import { StreamChanges } from '../commands/stream-changes';
import { PlanCommandsService } from '../plans/plan-commands.service';
import type { HistoryRef } from './history-ref';
import { PlanHistory } from './plan-history';

const SNAPSHOT_EVERY = 4;
const at = (minute: number) => `2024-03-20T09:${String(minute).padStart(2, '0')}:00+08:00`;

const DOCUMENT: PlanDocument = {
  metadata: { title: '质量强区建设实施方案', issuingBody: null, documentNumber: null, addressees: [], date: null, publicationNote: null, isConsultationDraft: false },
  nodes: [
    { id: 'p1', kind: 'part', text: '重点任务', responsibleUnits: [], children: [
      { id: 's1', kind: 'section', text: '产业质量', responsibleUnits: [], children: [
        { id: 'i1', kind: 'item', text: '增强产业基础质量支撑。', responsibleUnits: ['区经济信息委'], children: [] },
      ] },
      { id: 's2', kind: 'section', text: '服务质量', responsibleUnits: [], children: [
        { id: 'i2', kind: 'item', text: '提高服务质量水平。', responsibleUnits: [], children: [] },
      ] },
    ] },
  ],
  numbering: { item: 'topLevel' },
};

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(PlanError);
  return (error as PlanError).code;
}

/** Counts the events the store hands out, to show how much time travel reads. */
function countingReads(store: PostgresEventStore): { store: PostgresEventStore; read: () => number } {
  let read = 0;
  const counted = new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'readStream') return Reflect.get(target, property, receiver);
      return async (...args: Parameters<PostgresEventStore['readStream']>) => {
        const events = await target.readStream(...args);
        read += events.length;
        return events;
      };
    },
  });
  return { store: counted, read: () => read };
}

describe.each(testDatabases())('plan history on the event store ($name)', (target) => {
  let database: Database;
  let store: PostgresEventStore;
  let plans: PlanCommandsService;
  let history: PlanHistory;

  beforeAll(async () => {
    database = await target.open();
    store = await PostgresEventStore.open(database);
    plans = new PlanCommandsService(store, new StreamChanges());
    history = new PlanHistory(store, { snapshotEvery: SNAPSHOT_EVERY });
  });
  afterAll(async () => {
    await store.close();
    await database.close();
  });

  /**
   * Imports, edits by two authors, a consultation round, a revision, a tag and a move: 16 events.
   * Returns the plan id and its events as stored.
   */
  async function planWithHistory(): Promise<{ planId: string; stored: StoredEvent[]; events: PlanEvent[] }> {
    const planId = uniqueId('plan');
    let revision = 0;
    const run = async (type: PlanCommand['type'], data: Record<string, unknown>, actor = 'u-zhang') => {
      const command = { type, data: { planId, expectedRevision: revision, actor, at: at(revision), ...data } } as PlanCommand;
      revision = (await plans.execute(command, uniqueId('c'))).revision;
    };
    await run('CreatePlan', { title: '质量强区建设实施方案' });
    await run('ImportPlanText', { document: DOCUMENT, normalizations: [], sourceLabel: 'plan.docx' });
    await run('EditNodeText', { nodeId: 'i1', offset: 0, deleteCount: 0, insertedText: '全面' });
    await run('EditNodeText', { nodeId: 'i2', offset: 2, deleteCount: 2, insertedText: '现代服务业' }, 'u-wang');
    await run('StartConsultation', {});
    await run('StartRevision', {});
    for (let n = 0; n < 6; n++) await run('EditNodeText', { nodeId: 'i1', offset: 2, deleteCount: 0, insertedText: `${n}` }, n % 2 ? 'u-wang' : 'u-zhang');
    await run('TagVersion', { name: '专家论证稿', note: '论证会' });
    await run('MoveNode', { nodeId: 's2', toParentId: 'p1', toGap: 0 }, 'u-wang');
    await run('EditNodeText', { nodeId: 'i2', offset: 0, deleteCount: 0, insertedText: '着力' }, 'u-wang');
    await run('SetResponsibleUnits', { nodeId: 'i2', units: ['区商务委'] });
    const stored = await store.readStream(`plan-${planId}`);
    return { planId, stored, events: stored.map(upcastPlanEvent) };
  }

  const folded = (events: PlanEvent[], revision: number) => toDocument(events.slice(0, revision).reduce(evolve, initialState()));

  it('gives the document at every revision, equal to folding the events up to it', async () => {
    const { planId, events } = await planWithHistory();
    expect(events).toHaveLength(16);
    for (let revision = 1; revision <= events.length; revision++) {
      expect(await history.documentAt(planId, { revision })).toEqual({ revision, document: folded(events, revision) });
    }
    const numbered = await history.documentAt(planId, { revision: 2 });
    expect(numbered.document.numbering).toEqual({ item: 'topLevel' });
  });

  it('reads at most the snapshot interval of events once snapshots exist, however far back', async () => {
    const { planId, events } = await planWithHistory();
    const counting = countingReads(store);
    const travel = new PlanHistory(counting.store, { snapshotEvery: SNAPSHOT_EVERY });
    await travel.documentAt(planId, { revision: events.length });
    for (const revision of [3, 7, 9, 14, 16]) {
      const before = counting.read();
      expect((await travel.documentAt(planId, { revision })).document).toEqual(folded(events, revision));
      expect(counting.read() - before).toBeLessThanOrEqual(SNAPSHOT_EVERY);
    }
    const snapshot = await store.loadSnapshot(`plan-${planId}`, { atOrBefore: 8, schemaVersion: PLAN_STATE_SCHEMA_VERSION });
    expect(snapshot?.revision).toBe(7);
  });

  it('finds the revision at an instant from the times the store recorded', async () => {
    const { planId, stored, events } = await planWithHistory();
    for (const event of [stored[1], stored[5], stored[stored.length - 1]]) {
      const expected = Math.max(...stored.filter((e) => e.createdAt.getTime() <= event.createdAt.getTime()).map((e) => e.streamRevision)) + 1;
      const found = await history.documentAt(planId, { at: event.createdAt });
      expect(found).toEqual({ revision: expected, document: folded(events, expected) });
      expect(await history.documentAt(planId, { at: event.createdAt.toISOString() })).toEqual(found);
    }
    expect(await codeOf(history.documentAt(planId, { at: new Date(stored[0].createdAt.getTime() - 1) }))).toBe('NOT_FOUND');
  });

  it('finds named versions: the consultation draft and a tag', async () => {
    const { planId, events } = await planWithHistory();
    const draft = await history.documentAt(planId, { version: '征求意见稿（第1轮）' });
    expect(draft).toEqual({ revision: 5, document: folded(events, 5) });
    expect(draft.document.metadata.isConsultationDraft).toBe(true);
    expect(await history.documentAt(planId, { version: '专家论证稿' })).toEqual({ revision: 12, document: folded(events, 12) });
  });

  it('blames each node and character as of any point', async () => {
    const { planId, events } = await planWithHistory();
    const latest = await history.blameAt(planId, { revision: events.length });
    expect(latest).toEqual(blamePlan(events));
    const item2 = latest.nodes.find((node) => node.nodeId === 'i2');
    expect(item2?.text).toBe('着力提高现代服务业质量水平。');
    expect(item2?.ranges.map(({ start, end, revision, actor }) => [start, end, revision, actor])).toEqual([
      [0, 2, 15, 'u-wang'],
      [2, 4, 2, 'u-zhang'],
      [4, 9, 4, 'u-wang'],
      [9, 14, 2, 'u-zhang'],
    ]);
    expect(item2?.lastChange).toMatchObject({ revision: 16, actor: 'u-zhang' });
    const atDraft = await history.blameAt(planId, { version: '征求意见稿（第1轮）' });
    expect(atDraft).toEqual(blamePlan(events.slice(0, 5)));
    expect(atDraft.nodes.find((node) => node.nodeId === 'i1')?.ranges.map((range) => range.revision)).toEqual([3, 2]);
  });

  it.each<[string, HistoryRef, string]>([
    ['revision 0', { revision: 0 }, 'NOT_FOUND'],
    ['a revision past the end', { revision: 17 }, 'NOT_FOUND'],
    ['an unknown version', { version: '送审稿' }, 'NOT_FOUND'],
    ['a fractional revision', { revision: 2.5 }, 'BAD_USER_INPUT'],
    ['a negative revision', { revision: -1 }, 'BAD_USER_INPUT'],
    ['an instant without offset', { at: '2024-03-20 09:00' }, 'BAD_USER_INPUT'],
    ['an invalid date', { at: new Date(Number.NaN) }, 'BAD_USER_INPUT'],
    ['a blank version', { version: ' ' }, 'BAD_USER_INPUT'],
    ['two refs at once', { revision: 2, version: '专家论证稿' } as unknown as HistoryRef, 'BAD_USER_INPUT'],
    ['no ref', {} as HistoryRef, 'BAD_USER_INPUT'],
  ])('refuses %s', async (_, ref, code) => {
    const { planId } = await planWithHistory();
    expect(await codeOf(history.documentAt(planId, ref))).toBe(code);
    expect(await codeOf(history.blameAt(planId, ref))).toBe(code);
  });

  it('refuses a plan that does not exist', async () => {
    expect(await codeOf(history.documentAt(uniqueId('plan'), { revision: 1 }))).toBe('NOT_FOUND');
    expect(await codeOf(history.blameAt(uniqueId('plan'), { version: '印发稿' }))).toBe('NOT_FOUND');
  });
});
