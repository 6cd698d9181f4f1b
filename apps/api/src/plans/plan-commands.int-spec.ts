import { join } from 'node:path';
import { PlanError, toDocument } from '@planledger/domain';
import { PostgresEventStore, type Database } from '@planledger/event-store';
import { testDatabases, uniqueId } from '@planledger/testing';
import { StreamChanges } from '../commands/stream-changes';
import { seedPlans } from '../seeding/seed-plans';
import { PlanCommandsService } from './plan-commands.service';

const SEEDS = join(__dirname, '../../../../seeds');
const at = () => '2026-11-21T09:00:00+08:00';

async function expectCode(promise: Promise<unknown>, code: string): Promise<PlanError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  expect((error as PlanError).code).toBe(code);
  return error as PlanError;
}

describe.each(testDatabases())('plan commands on the event store ($name)', (target) => {
  let database: Database;
  let store: PostgresEventStore;
  let plans: PlanCommandsService;

  beforeAll(async () => {
    database = await target.open();
    store = await PostgresEventStore.open(database);
    plans = new PlanCommandsService(store, new StreamChanges());
  });
  afterAll(async () => {
    await store.close();
    await database.close();
  });

  /** A plan in drafting with two items; returns its id, revision and the ids of its first item. */
  async function draftPlan(): Promise<{ planId: string; revision: number; itemId: string }> {
    const planId = uniqueId('plan');
    const meta = { planId, actor: 'u-zhang', at: at() };
    await plans.execute({ type: 'CreatePlan', data: { ...meta, title: '质量强区建设实施方案' } }, uniqueId('c'));
    const document = {
      metadata: { title: '质量强区建设实施方案', issuingBody: null, documentNumber: null, addressees: [], date: null, publicationNote: null, isConsultationDraft: false },
      nodes: [
        { id: 'p1', kind: 'part' as const, text: '重点任务', responsibleUnits: [], children: [
          { id: 'i1', kind: 'item' as const, text: '增强产业基础质量支撑。加快产业基础高级化进程。', responsibleUnits: ['区经济信息委'], children: [] },
          { id: 'i2', kind: 'item' as const, text: '提高产业质量竞争水平。', responsibleUnits: [], children: [] },
        ] },
      ],
    };
    const { revision } = await plans.execute(
      { type: 'ImportPlanText', data: { ...meta, expectedRevision: 1, document, normalizations: [], sourceLabel: 'test' } },
      uniqueId('c'),
    );
    return { planId, revision, itemId: 'i1' };
  }

  const edit = (planId: string, expectedRevision: number, offset: number, deleteCount: number, insertedText: string, actor = 'u-zhang') => ({
    type: 'EditNodeText' as const,
    data: { planId, expectedRevision, actor, at: at(), nodeId: 'i1', offset, deleteCount, insertedText },
  });

  it('accepts concurrent edits of one clause at ranges that do not overlap, losing neither', async () => {
    const { planId, revision } = await draftPlan();
    // Both authors saw the same revision; one edits the start of the sentence, the other its end.
    const results = await Promise.all([
      plans.execute(edit(planId, revision, 0, 2, '全面增强', 'u-zhang'), uniqueId('c')),
      plans.execute(edit(planId, revision, 20, 0, '、现代化', 'u-wang'), uniqueId('c')),
    ]);
    expect(results.map((r) => r.written)).toEqual([1, 1]);
    const { state, revision: after } = await plans.current(planId);
    expect(after).toBe(revision + 2);
    expect(state.nodes.i1.text).toBe('全面增强产业基础质量支撑。加快产业基础高级化、现代化进程。');
  });

  it('refuses an overlapping edit from a stale revision with CONFLICT naming the edit it collides with', async () => {
    const { planId, revision } = await draftPlan();
    await plans.execute(edit(planId, revision, 2, 4, '产业链'), uniqueId('c'));
    const error = await expectCode(plans.execute(edit(planId, revision, 4, 4, '质量', 'u-wang'), uniqueId('c')), 'CONFLICT');
    expect((error as unknown as { conflictingRevisions: number[] }).conflictingRevisions).toEqual([revision + 1]);
    expect((await plans.current(planId)).revision).toBe(revision + 1);
  });

  it('returns the original outcome when a command is retried with the same command id, writing nothing', async () => {
    const { planId, revision } = await draftPlan();
    const commandId = uniqueId('c');
    const first = await plans.execute(edit(planId, revision, 0, 0, '切实'), commandId);
    const again = await plans.execute(edit(planId, revision, 0, 0, '切实'), commandId);
    expect(again).toEqual({ ...first, written: 0, replayed: true });
    expect(await store.readStream(`plan-${planId}`)).toHaveLength(first.revision);
  });

  it('writes nothing when a command is refused', async () => {
    const { planId, revision } = await draftPlan();
    const before = await store.readStream(`plan-${planId}`);
    await expectCode(plans.execute(edit(planId, revision, 999, 1, 'x'), uniqueId('c')), 'BAD_USER_INPUT');
    await expectCode(plans.execute({ ...edit(planId, revision, 0, 0, 'x'), data: { ...edit(planId, revision, 0, 0, 'x').data, nodeId: 'missing' } }, uniqueId('c')), 'NOT_FOUND');
    expect(await store.readStream(`plan-${planId}`)).toEqual(before);
  });

  it('serialises many concurrent writers on one plan without losing an acknowledged edit', async () => {
    const { planId, revision } = await draftPlan();
    // Eight authors append a marker at the end of item 2 from the same stale revision.
    const authors = Array.from({ length: 8 }, (_, i) => `u-${i}`);
    await Promise.all(
      authors.map((actor, i) =>
        plans.execute(
          { type: 'EditNodeText', data: { planId, expectedRevision: revision, actor, at: at(), nodeId: 'i2', offset: 0, deleteCount: 0, insertedText: `〔${i}〕` } },
          uniqueId('c'),
        ),
      ),
    );
    const { state } = await plans.current(planId);
    for (let i = 0; i < authors.length; i++) expect(state.nodes.i2.text).toContain(`〔${i}〕`);
    expect(state.nodes.i2.text.endsWith('提高产业质量竞争水平。')).toBe(true);
  });

  it('imports the seed plans once: the second run writes nothing', async () => {
    const prefix = uniqueId('s');
    const execute = (command: Parameters<PlanCommandsService['execute']>[0], commandId: string) =>
      plans.execute({ ...command, data: { ...command.data, planId: `${prefix}-${command.data.planId}` } } as typeof command, `${prefix}:${commandId}`);
    const seeded = await seedPlans(SEEDS, execute, at);
    expect(seeded).toEqual(['changshou-quality-2023', 'shapingba-quality-2023']);
    const issued = await plans.current(`${prefix}-shapingba-quality-2023`);
    expect(issued.state.stage).toBe('issued');
    expect(issued.state.issuedDocumentNumbers).toEqual(['沙府发〔2023〕52号']);
    const consultation = await plans.current(`${prefix}-changshou-quality-2023`);
    expect(consultation.state.stage).toBe('consultation');
    expect(toDocument(consultation.state).metadata.isConsultationDraft).toBe(true);

    await seedPlans(SEEDS, execute, at);
    expect((await plans.current(`${prefix}-shapingba-quality-2023`)).revision).toBe(issued.revision);
  });
});
