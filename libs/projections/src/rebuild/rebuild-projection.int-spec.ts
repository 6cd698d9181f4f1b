import { randomUUID } from 'node:crypto';
import { eventually, testDatabases, uniqueId } from '@planledger/testing';
import { canonicalJson } from '../support/canonical-json';
import { ALL_PROJECTIONS } from '../projections';
import { planNodeRows, planNodesProjection } from '../plan-nodes/plan-nodes-projection';
import { PlanTextQueries } from '../plan-nodes/plan-text-queries';
import type { ProjectionRunner } from '../runner/projection-runner';
import type { Projection, SqlExecutor } from '../runner/projection';
import { migrateReadModels } from '../schema/migrate-read-models';
import { qualified, READ_SCHEMA, REBUILD_SCHEMA } from '../schema/read-schema';
import { qualityPlanDocument } from '../testing/documents';
import { projectionRows } from '../testing/projection-rows';
import { PlanAuthor } from '../testing/plan-author';
import { openTestbed, type ProjectionTestbed } from '../testing/projection-testbed';
import { recordedRows, recordingProjection } from '../testing/recording-projection';
import { drafter, educationClerk, RoundAuthor } from '../testing/round-author';
import { rebuildProjection } from './rebuild-projection';

// Opening databases, replaying the log and waiting for projections outlast jest's default 5 s.
jest.setTimeout(120_000);

describe.each(testDatabases())('rebuild on $name', (target) => {
  let testbed: ProjectionTestbed;
  let sql: SqlExecutor;
  const runners = new Map<string, ProjectionRunner>();

  beforeAll(async () => {
    testbed = await openTestbed(target);
    sql = (text, parameters) => testbed.dataSource.query(text, parameters);
    for (const projection of ALL_PROJECTIONS) runners.set(projection.name, await testbed.run(projection));
  });
  afterAll(() => testbed.close());

  const rebuild = (projection: Projection, batchSize?: number) =>
    rebuildProjection({ database: testbed.database, dataSource: testbed.dataSource, store: testbed.store, projection, batchSize });

  const rowsOf = (projection: Projection, planIds: string[], roundIds: string[]) => projectionRows(sql, projection, planIds, roundIds);

  /** Every index of the projections' live tables, by its definition (names included). */
  async function liveIndexes(): Promise<string[]> {
    const tables = ALL_PROJECTIONS.flatMap((projection) => projection.tables);
    const rows = await sql<{ indexdef: string }>('SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename = ANY($2) ORDER BY indexname', [
      READ_SCHEMA,
      tables,
    ]);
    return rows.map((row) => row.indexdef);
  }

  async function checkpointOf(name: string): Promise<{ position: string | null; generation: number } | undefined> {
    const [row] = await sql<{ position: string | null; generation: number }>(
      `SELECT position, generation FROM ${qualified(READ_SCHEMA, 'projection_checkpoints')} WHERE projection = $1`,
      [name],
    );
    return row;
  }

  async function busyPlan(): Promise<PlanAuthor> {
    const plan = await PlanAuthor.create(testbed.store, uniqueId('plan'), '沙坪坝区质量强区建设实施方案');
    await plan.importText(qualityPlanDocument());
    await plan.run('InsertNode', { nodeId: 'item-0', parentId: 'section-2-1', index: 0, kind: 'item', text: '新增任务。', responsibleUnits: ['区科技局'] });
    await plan.run('MoveNode', { nodeId: 'item-3', toParentId: 'section-2-1', toGap: 1 });
    await plan.editText('goal-products', '95%', '98%');
    await plan.run('SetResponsibleUnits', { nodeId: 'item-2', units: ['区教委'] });
    await plan.run('StartConsultation', {});
    await plan.run('StartRevision', {});
    await plan.run('TagVersion', { name: '专家论证稿' });
    await plan.run('DeleteNode', { nodeId: 'section-1-1' });
    return plan;
  }

  async function busyRound(planId: string): Promise<RoundAuthor> {
    const round = await RoundAuthor.open(testbed.store, { roundId: uniqueId('round'), planId, roundNumber: 1, consultationRevision: 7, invitedDepartmentIds: ['区教委', '区交通局'] });
    const anchor = { nodeId: 'item-2', range: null, quotedText: null, consultationNodeText: '提高产业质量竞争水平。' };
    await round.on('SubmitComment', { departmentId: '区教委', commentId: 'c1', ...anchor, text: '建议细化。', actor: educationClerk });
    await round.on('ReplyToComment', { departmentId: '区教委', commentId: 'c1', replyId: 'r1', text: '已细化。', actor: drafter });
    await round.close(['区教委']);
    await round.on('RecordDisposition', { departmentId: '区教委', commentId: 'c1', disposition: 'adopted', implementedBy: [{ revision: 9 }], actor: drafter, now: '2024-03-14T02:00:00.000Z' });
    return round;
  }

  it('rebuilds every projection from the whole log into the same rows, and moves the checkpoint with them', async () => {
    const plans = [await busyPlan(), await busyPlan()];
    const round = await busyRound(plans[0].planId);
    const planIds = plans.map((plan) => plan.planId);
    for (const runner of runners.values()) await runner.waitFor(round.position);
    const indexes = await liveIndexes();
    for (const projection of ALL_PROJECTIONS) {
      const before = await rowsOf(projection, planIds, [round.roundId]);
      expect(Object.values(before).some((rows) => rows.length > 0)).toBe(true);
      const generation = (await checkpointOf(projection.name))?.generation ?? 0;

      const report = await rebuild(projection, 7);
      expect(report.eventsRead).toBeGreaterThan(0);
      expect(await rowsOf(projection, planIds, [round.roundId])).toEqual(before);
      expect(await checkpointOf(projection.name)).toMatchObject({ generation: generation + 1 });
      expect(await checkpointOf(`${projection.name}@rebuild`)).toBeUndefined();
    }
    expect(await liveIndexes()).toEqual(indexes);
    const leftovers = await sql(`SELECT tablename FROM pg_tables WHERE schemaname = $1`, [REBUILD_SCHEMA]);
    expect(leftovers).toEqual([]);
    expect([...runners.values()].map((runner) => runner.status)).toEqual(ALL_PROJECTIONS.map(() => 'running'));
  });

  it('swaps while a reader keeps reading and writers keep writing; the live runner goes on in the new tables', async () => {
    const runner = runners.get(planNodesProjection.name) as ProjectionRunner;
    const queries = new PlanTextQueries(testbed.dataSource);
    const read = await busyPlan();
    const written = await busyPlan();
    for (let edit = 0; edit < 150; edit++) await written.editText('goal-products', edit % 2 ? '99%' : '98%', edit % 2 ? '98%' : '99%');
    await runner.waitFor(written.position);
    const expected = (await queries.documentOrder(read.planId)).map((row) => `${row.label}${row.text}`);

    let rebuilding = true;
    const seen = { reads: 0, readsWhileRebuilding: 0, incomplete: 0 };
    const reader = (async () => {
      while (rebuilding) {
        const rows = (await queries.documentOrder(read.planId)).map((row) => `${row.label}${row.text}`);
        seen.reads++;
        if (rebuilding) seen.readsWhileRebuilding++;
        if (canonicalJson(rows) !== canonicalJson(expected)) seen.incomplete++;
      }
    })();
    const writer = (async () => {
      for (let edit = 0; rebuilding && edit < 200; edit++) await written.run('EditNodeText', { nodeId: 'preamble', offset: 0, deleteCount: 0, insertedText: '改' });
    })();
    const report = await rebuild(planNodesProjection, 50).finally(() => (rebuilding = false));
    await Promise.all([reader, writer]);

    expect(seen.readsWhileRebuilding).toBeGreaterThan(0);
    expect(seen.incomplete).toBe(0);
    expect(report.eventsRead).toBeGreaterThan(150);
    await written.run('EditNodeText', { nodeId: 'item-1', offset: 0, deleteCount: 0, insertedText: '切实' });
    await runner.waitFor(written.position);
    expect(runner.status).toBe('running');
    const stored = (await sql<{ row: unknown }>(`SELECT to_jsonb(t) AS row FROM ${qualified(READ_SCHEMA, 'plan_nodes')} t WHERE plan_id = $1`, [written.planId]))
      .map(({ row }) => canonicalJson(row))
      .sort();
    expect(stored).toEqual(planNodeRows(written.planId, written.current).map(canonicalJson).sort());
  });

  it('refuses a second rebuild of the same projection while one runs', async () => {
    const first = rebuild(planNodesProjection);
    await expect(rebuild(planNodesProjection)).rejects.toMatchObject({ code: 'REBUILD_IN_PROGRESS' });
    await first;
  });

  it('leaves the live tables and checkpoint alone when the rebuild fails, and cleans up after itself', async () => {
    const streamPrefix = `${uniqueId('rec')}-`;
    let failRebuild = false;
    const projection = recordingProjection(uniqueId('recorded').replace('-', '_'), { streamPrefix, failOn: () => failRebuild });
    await migrateReadModels(testbed.database, [projection]);
    const runner = await testbed.run(projection);
    await runner.waitFor((await testbed.store.append(`${streamPrefix}a`, 'no-stream', [{ id: randomUUID(), type: 'Recorded', data: {} }])).position);
    const checkpoint = await checkpointOf(projection.name);

    failRebuild = true;
    await expect(rebuild(projection)).rejects.toMatchObject({ code: 'PROJECTION_FAILED' });
    failRebuild = false;
    expect(await recordedRows(sql, projection.name, streamPrefix)).toHaveLength(1);
    expect(await checkpointOf(projection.name)).toEqual(checkpoint);
    expect(await sql(`SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tablename = $2`, [REBUILD_SCHEMA, projection.name])).toEqual([]);
    await eventually(() => (runner.status === 'running' ? true : undefined));
  });
});
