import { testDatabases, uniqueId } from '@planledger/testing';
import type { ProjectionRunner } from '../runner/projection-runner';
import { qualityPlanDocument } from '../testing/documents';
import { PlanAuthor } from '../testing/plan-author';
import { openTestbed, type ProjectionTestbed } from '../testing/projection-testbed';
import { PlanHistoryQueries } from './plan-history-queries';
import { planHistoryProjection } from './plan-history-projection';

// Opening databases and waiting for projections outlast jest's default 5 s on a busy machine.
jest.setTimeout(60_000);

describe.each(testDatabases())('plan_history on $name', (target) => {
  let testbed: ProjectionTestbed;
  let runner: ProjectionRunner;
  let history: PlanHistoryQueries;

  beforeAll(async () => {
    testbed = await openTestbed(target);
    runner = await testbed.run(planHistoryProjection);
    history = new PlanHistoryQueries(testbed.dataSource);
  });
  afterAll(() => testbed.close());

  it('keeps one row per event with who, when, why and a summary citing numbers as they read then', async () => {
    const plan = await PlanAuthor.create(testbed.store, uniqueId('plan'), '质量强区建设实施方案', 'u-zhang');
    await plan.importText(qualityPlanDocument(), '征求意见稿.docx');
    await plan.run('EditNodeText', { nodeId: 'item-2', offset: 0, deleteCount: 0, insertedText: '着力', reason: '采纳区教委意见' });
    await plan.run('InsertNode', { nodeId: 'item-0', parentId: 'section-2-1', index: 0, kind: 'item', text: '强化质量基础设施。统筹布局。', responsibleUnits: ['区科技局'] });
    await plan.editText('item-2', '提高', '全面提高');
    await plan.editText('goal-products', '95%', '98%');
    await plan.run('MoveNode', { nodeId: 'item-3', toParentId: 'section-2-1', toGap: 0 });
    await plan.run('SetResponsibleUnits', { nodeId: 'item-3', units: ['区市场监管局', '区教委'] });
    await plan.run('ChangeNodeLevel', { nodeId: 'item-3', toKind: 'paragraph' });
    await plan.run('DeleteNode', { nodeId: 'section-1-2' });
    await plan.run('SetMetadata', { changes: { date: '2023-12-25' } });
    await plan.run('StartConsultation', { actor: 'u-li' });
    await runner.waitFor(plan.position);

    const rows = await history.forPlan(plan.planId);
    expect(rows.map(({ revision, type, summary }) => [revision, type, summary]).reverse()).toEqual([
      [1, 'PlanCreated', 'created “质量强区建设实施方案”'],
      [2, 'PlanTextImported', 'imported 13 nodes from 征求意见稿.docx'],
      [3, 'NodeTextEdited', 'edited 二、（一）2.: inserted 着力'],
      [4, 'NodeInserted', 'inserted 二、（一）1. 强化质量基础设施'],
      [5, 'NodeTextEdited', 'edited 二、（一）3.: 提高 → 全面提高'],
      [6, 'NodeTextEdited', 'edited 一、（二）第2段: 95% → 98%'],
      [7, 'NodeMoved', 'moved 二、（二）1. 实施工业品质量升级工程 to 二、（一）1.'],
      [8, 'ResponsibleUnitsSet', 'responsible units of 二、（一）1.: 区市场监管局 → 区市场监管局、区教委'],
      [9, 'NodeLevelChanged', 'changed 二、（一）1. 实施工业品质量升级工程 from item to paragraph, now 二、（一）第1段'],
      [10, 'NodeDeleted', 'deleted 一、（二） 主要目标 and 2 nodes under it'],
      [11, 'MetadataSet', 'set date: (none) → 2023-12-25'],
      [12, 'ConsultationStarted', 'started consultation round 1'],
    ]);
    const edit = rows.find((row) => row.revision === 3);
    expect(edit).toMatchObject({ actor: 'u-zhang', reason: '采纳区教委意见', nodeId: 'item-2', at: new Date('2024-03-20T01:02:00Z') });
    expect(rows[0].actor).toBe('u-li');
    expect(new Set(rows.map((row) => row.eventId)).size).toBe(12);
  });

  it('pages backwards and filters by node', async () => {
    const plan = await PlanAuthor.create(testbed.store, uniqueId('plan'), '质量强区建设实施方案');
    await plan.importText(qualityPlanDocument());
    for (const [from, to] of [['95%', '96%'], ['96%', '97%'], ['97%', '98%']]) await plan.editText('goal-products', from, to);
    await runner.waitFor(plan.position);
    expect((await history.forPlan(plan.planId, { limit: 2 })).map((row) => row.revision)).toEqual([5, 4]);
    expect((await history.forPlan(plan.planId, { beforeRevision: 4, limit: 2 })).map((row) => row.revision)).toEqual([3, 2]);
    expect((await history.forNode(plan.planId, 'goal-products')).map((row) => row.summary)).toEqual([
      'edited 一、（二）第2段: 97% → 98%',
      'edited 一、（二）第2段: 96% → 97%',
      'edited 一、（二）第2段: 95% → 96%',
    ]);
  });
});
