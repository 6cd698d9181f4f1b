import { testDatabases, uniqueId } from '@planledger/testing';
import type { ProjectionRunner } from '../runner/projection-runner';
import { qualityPlanDocument } from '../testing/documents';
import { PlanAuthor } from '../testing/plan-author';
import { openTestbed, type ProjectionTestbed } from '../testing/projection-testbed';
import { PlanVersionQueries } from './plan-version-queries';
import { planVersionsProjection } from './plan-versions-projection';

// Opening databases and waiting for projections outlast jest's default 5 s on a busy machine.
jest.setTimeout(60_000);

describe.each(testDatabases())('plan_versions on $name', (target) => {
  let testbed: ProjectionTestbed;
  let runner: ProjectionRunner;
  let versions: PlanVersionQueries;

  beforeAll(async () => {
    testbed = await openTestbed(target);
    runner = await testbed.run(planVersionsProjection);
    versions = new PlanVersionQueries(testbed.dataSource);
  });
  afterAll(() => testbed.close());

  it('names consultation drafts, review drafts, the issued text and tags, as the domain names them', async () => {
    const plan = await PlanAuthor.create(testbed.store, uniqueId('plan'), '质量强区建设实施方案');
    await plan.importText(qualityPlanDocument()); //                               2
    await plan.run('StartConsultation', {}); //                                     3
    await plan.run('StartRevision', {}); //                                         4
    await plan.editText('goal-products', '95%', '98%'); //                           5
    await plan.run('TagVersion', { name: '专家论证稿', note: '论证会' }); //         6 names 5
    await plan.run('StartReview', {}); //                                           7
    await plan.run('StartRevision', {}); //                                         8
    await plan.run('StartReview', {}); //                                           9
    await plan.run('IssuePlan', { documentNumber: '沙府发〔2023〕52号', issuedOn: '2023-12-25', actor: 'u-office' }); // 10
    await runner.waitFor(plan.position);

    const rows = await versions.list(plan.planId);
    expect(rows.map(({ name, kind, revision, namedAtRevision, note }) => ({ name, kind, revision, namedAtRevision, note }))).toEqual([
      { name: '征求意见稿（第1轮）', kind: 'consultation', revision: 3, namedAtRevision: 3, note: null },
      { name: '专家论证稿', kind: 'tag', revision: 5, namedAtRevision: 6, note: '论证会' },
      { name: '送审稿', kind: 'review', revision: 7, namedAtRevision: 7, note: null },
      { name: '送审稿', kind: 'review', revision: 9, namedAtRevision: 9, note: null },
      { name: '印发稿', kind: 'issued', revision: 10, namedAtRevision: 10, note: null },
    ]);
    expect(rows[4].actor).toBe('u-office');
    expect((await versions.byName(plan.planId, '送审稿'))?.revision).toBe(9);
  });
});
