import { testDatabases, uniqueId } from '@planledger/testing';
import type { ProjectionRunner } from '../runner/projection-runner';
import { docNode, planDocument, qualityPlanDocument } from '../testing/documents';
import { PlanAuthor } from '../testing/plan-author';
import { openTestbed, type ProjectionTestbed } from '../testing/projection-testbed';
import { DepartmentTaskQueries } from './department-task-queries';
import { departmentTasksProjection } from './department-tasks-projection';

// Opening databases and waiting for projections outlast jest's default 5 s on a busy machine.
jest.setTimeout(60_000);

describe.each(testDatabases())('department_tasks on $name', (target) => {
  let testbed: ProjectionTestbed;
  let runner: ProjectionRunner;
  let tasks: DepartmentTaskQueries;

  beforeAll(async () => {
    testbed = await openTestbed(target);
    runner = await testbed.run(departmentTasksProjection);
    tasks = new DepartmentTaskQueries(testbed.dataSource);
  });
  afterAll(() => testbed.close());

  async function tasksOf(plan: PlanAuthor, departmentId: string): Promise<string[]> {
    await runner.waitFor(plan.position);
    return (await tasks.forDepartment(departmentId, plan.planId)).map((task) => `${task.label} ${task.title}`);
  }

  async function importedPlan(): Promise<PlanAuthor> {
    const plan = await PlanAuthor.create(testbed.store, uniqueId('plan'), '沙坪坝区质量强区建设实施方案');
    await plan.importText(qualityPlanDocument());
    return plan;
  }

  it('lists the items naming a department, with number and title, in document order', async () => {
    const plan = await importedPlan();
    expect(await tasksOf(plan, '区市场监管局')).toEqual(['二、（一）2. 提高产业质量竞争水平', '二、（二）1. 实施工业品质量升级工程']);
    expect(await tasksOf(plan, '区科技局')).toEqual(['二、（一）1. 增强产业基础质量支撑']);
    const [task] = await tasks.forDepartment('区科技局', plan.planId);
    expect(task).toMatchObject({ nodeId: 'item-1', departmentName: '区科技局', kind: 'item', number: '1.' });
  });

  it('follows unit changes, title edits, renumbering and deletes', async () => {
    const plan = await importedPlan();
    await plan.run('SetResponsibleUnits', { nodeId: 'item-1', units: ['区经济信息委', '区市场监管局'] });
    await plan.run('SetResponsibleUnits', { nodeId: 'item-3', units: ['区住房城乡建委'] });
    await plan.editText('item-2', '提高', '全面提高');
    await plan.run('InsertNode', { nodeId: 'item-0', parentId: 'section-2-1', index: 0, kind: 'item', text: '新增任务。' });
    expect(await tasksOf(plan, '区市场监管局')).toEqual(['二、（一）2. 增强产业基础质量支撑', '二、（一）3. 全面提高产业质量竞争水平']);
    expect(await tasksOf(plan, '区科技局')).toEqual([]);
    expect(await tasksOf(plan, '区住房城乡建委')).toEqual(['二、（二）1. 实施工业品质量升级工程']);

    await plan.run('DeleteNode', { nodeId: 'section-2-1' });
    expect(await tasksOf(plan, '区市场监管局')).toEqual([]);
    expect(await tasksOf(plan, '区住房城乡建委')).toEqual(['二、（一）1. 实施工业品质量升级工程']);
  });

  it('starts over on a re-import', async () => {
    const plan = await importedPlan();
    await plan.importText(planDocument([docNode('only', 'item', '开展质量提升行动。', [], ['区 教委', '区市场监管局'])]));
    expect(await tasksOf(plan, '区市场监管局')).toEqual(['1. 开展质量提升行动']);
    expect(await tasksOf(plan, '区经济信息委')).toEqual([]);
    const [task] = await tasks.forDepartment('区教委', plan.planId);
    expect(task).toMatchObject({ departmentId: '区教委', departmentName: '区 教委' });
    expect((await tasks.forPlan(plan.planId)).length).toBe(2);
  });
});
