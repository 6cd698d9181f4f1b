import { testDatabases, uniqueId } from '@planledger/testing';
import { PlanAuthor } from '../testing/plan-author';
import { docNode, planDocument, qualityPlanDocument } from '../testing/documents';
import { openTestbed, type ProjectionTestbed } from '../testing/projection-testbed';
import type { ProjectionRunner } from '../runner/projection-runner';
import { planNodesProjection } from './plan-nodes-projection';
import { PlanTextQueries } from './plan-text-queries';

// Opening databases and waiting for projections outlast jest's default 5 s on a busy machine.
jest.setTimeout(60_000);

describe.each(testDatabases())('plan_nodes on $name', (target) => {
  let testbed: ProjectionTestbed;
  let runner: ProjectionRunner;
  let queries: PlanTextQueries;

  beforeAll(async () => {
    testbed = await openTestbed(target);
    runner = await testbed.run(planNodesProjection);
    queries = new PlanTextQueries(testbed.dataSource);
  });
  afterAll(() => testbed.close());

  async function importedPlan(): Promise<PlanAuthor> {
    const plan = await PlanAuthor.create(testbed.store, uniqueId('plan'), '沙坪坝区质量强区建设实施方案');
    await plan.importText(qualityPlanDocument());
    return plan;
  }

  async function outline(plan: PlanAuthor): Promise<string[]> {
    await runner.waitFor(plan.position);
    return (await queries.documentOrder(plan.planId)).map((row) => `${row.label} ${row.text.slice(0, 6)}`);
  }

  it('holds the imported text with numbers rendered from position', async () => {
    const plan = await importedPlan();
    expect(await outline(plan)).toEqual([
      '第1段 为深入贯彻落',
      '一、 总体要求',
      '一、（一） 指导思想',
      '一、（一）第1段 以习近平新时',
      '一、（二） 主要目标',
      '一、（二）第1段 到2027年',
      '一、（二）第2段 产品、工程、',
      '二、 重点任务',
      '二、（一） 推动产业质量',
      '二、（一）1. 增强产业基础',
      '二、（一）2. 提高产业质量',
      '二、（二） 推动产品、工',
      '二、（二）1. 实施工业品质',
    ]);
    const item = await queries.node(plan.planId, 'item-2');
    expect(item).toMatchObject({ parentId: 'section-2-1', position: 1, kind: 'item', number: '2.', responsibleUnits: ['区市场监管局', '区发展改革委'] });
  });

  it('renumbers the following siblings after an insert, and again after a move and a delete', async () => {
    const plan = await importedPlan();
    await plan.run('InsertNode', { nodeId: 'item-new', parentId: 'section-2-1', index: 0, kind: 'item', text: '新增任务。' });
    expect((await outline(plan)).filter((line) => line.startsWith('二、（一）'))).toEqual([
      '二、（一） 推动产业质量',
      '二、（一）1. 新增任务。',
      '二、（一）2. 增强产业基础',
      '二、（一）3. 提高产业质量',
    ]);

    await plan.run('MoveNode', { nodeId: 'item-1', toParentId: 'section-2-2', toGap: 1 });
    const moved = await outline(plan);
    expect(moved.filter((line) => line.startsWith('二、'))).toEqual([
      '二、 重点任务',
      '二、（一） 推动产业质量',
      '二、（一）1. 新增任务。',
      '二、（一）2. 提高产业质量',
      '二、（二） 推动产品、工',
      '二、（二）1. 实施工业品质',
      '二、（二）2. 增强产业基础',
    ]);

    await plan.run('DeleteNode', { nodeId: 'part-1' });
    const afterDelete = await outline(plan);
    expect(afterDelete[1]).toBe('一、 重点任务');
    expect(afterDelete.some((line) => line.includes('指导思想'))).toBe(false);
    expect(await queries.node(plan.planId, 'guiding-idea')).toBeNull();
  });

  it('follows text edits, level changes and unit changes', async () => {
    const plan = await importedPlan();
    await plan.editText('goal-products', '95%', '98%');
    await plan.run('ChangeNodeLevel', { nodeId: 'item-1', toKind: 'paragraph' });
    await plan.run('SetResponsibleUnits', { nodeId: 'item-3', units: ['区住房城乡建委'] });
    await runner.waitFor(plan.position);
    expect((await queries.node(plan.planId, 'goal-products'))?.text).toContain('达到98%以上');
    expect(await queries.node(plan.planId, 'item-1')).toMatchObject({ kind: 'paragraph', number: '', label: '二、（一）第1段' });
    expect(await queries.node(plan.planId, 'item-2')).toMatchObject({ kind: 'item', number: '1.', label: '二、（一）1.' });
    expect((await queries.node(plan.planId, 'item-3'))?.responsibleUnits).toEqual(['区住房城乡建委']);
  });

  it('replaces the whole tree on a re-import, and numbers items on through a part when the text does', async () => {
    const plan = await importedPlan();
    const reimported = planDocument([
      docNode('p', 'part', '重点任务', [
        docNode('s1', 'section', '甲', [docNode('i1', 'item', '任务一。'), docNode('i2', 'item', '任务二。')]),
        docNode('s2', 'section', '乙', [docNode('i3', 'item', '任务三。')]),
      ]),
    ]);
    await plan.importText({ ...reimported, numbering: { item: 'topLevel' } });
    expect(await outline(plan)).toEqual([
      '一、 重点任务',
      '一、（一） 甲',
      '一、（一）1. 任务一。',
      '一、（一）2. 任务二。',
      '一、（二） 乙',
      '一、（二）3. 任务三。',
    ]);
  });
});
