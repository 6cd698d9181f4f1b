import { testDatabases, uniqueId } from '@planledger/testing';
import type { ProjectionRunner } from '../runner/projection-runner';
import { qualityPlanDocument } from '../testing/documents';
import { PlanAuthor } from '../testing/plan-author';
import { openTestbed, type ProjectionTestbed } from '../testing/projection-testbed';
import { PlanQueries } from './plan-queries';
import { plansProjection } from './plans-projection';

// Opening databases and waiting for projections outlast jest's default 5 s on a busy machine.
jest.setTimeout(60_000);

describe.each(testDatabases())('plans on $name', (target) => {
  let testbed: ProjectionTestbed;
  let runner: ProjectionRunner;
  let plans: PlanQueries;

  beforeAll(async () => {
    testbed = await openTestbed(target);
    runner = await testbed.run(plansProjection);
    plans = new PlanQueries(testbed.dataSource);
  });
  afterAll(() => testbed.close());

  it('records a new plan with its creation, then its imported metadata', async () => {
    const plan = await PlanAuthor.create(testbed.store, uniqueId('plan'), '质量强区建设实施方案', 'u-zhang');
    await runner.waitFor(plan.position);
    expect(await plans.get(plan.planId)).toMatchObject({
      title: '质量强区建设实施方案',
      stage: 'drafting',
      revision: 1,
      nodeCount: 0,
      consultationRounds: 0,
      createdBy: 'u-zhang',
      createdAt: new Date('2024-03-20T01:00:00Z'),
    });

    await plan.importText(qualityPlanDocument());
    await plan.run('SetMetadata', { changes: { issuingBody: '重庆市沙坪坝区人民政府办公室', date: '2023-12-25' }, actor: 'u-li' });
    await runner.waitFor(plan.position);
    expect(await plans.get(plan.planId)).toMatchObject({
      title: '沙坪坝区质量强区建设实施方案',
      issuingBody: '重庆市沙坪坝区人民政府办公室',
      addressees: ['各镇人民政府', '各街道办事处', '区政府各部门'],
      documentDate: '2023-12-25',
      revision: 3,
      nodeCount: 13,
      createdBy: 'u-zhang',
      updatedBy: 'u-li',
      updatedAt: new Date('2024-03-20T01:02:00Z'),
    });
  });

  it('follows the stages through consultation, review, issue and an amendment', async () => {
    const plan = await PlanAuthor.create(testbed.store, uniqueId('plan'), '质量强区建设实施方案');
    await plan.importText(qualityPlanDocument());
    await plan.run('StartConsultation', {});
    await runner.waitFor(plan.position);
    expect(await plans.get(plan.planId)).toMatchObject({ stage: 'consultation', consultationRounds: 1, isConsultationDraft: true });

    await plan.run('StartRevision', {});
    await plan.run('StartReview', {});
    await plan.run('IssuePlan', { documentNumber: '沙府发〔2023〕52号', issuedOn: '2023-12-25' });
    await runner.waitFor(plan.position);
    expect(await plans.get(plan.planId)).toMatchObject({
      stage: 'issued',
      documentNumber: '沙府发〔2023〕52号',
      documentDate: '2023-12-25',
      issuedDocumentNumbers: ['沙府发〔2023〕52号'],
      isConsultationDraft: false,
      revision: 6,
    });

    await plan.run('StartAmendment', {});
    await runner.waitFor(plan.position);
    expect(await plans.get(plan.planId)).toMatchObject({ stage: 'drafting', amendment: 1, documentNumber: null, issuedDocumentNumbers: ['沙府发〔2023〕52号'] });
  });

  it('lists plans by stage, most recently changed first', async () => {
    const first = await PlanAuthor.create(testbed.store, uniqueId('plan'), '甲方案');
    const second = await PlanAuthor.create(testbed.store, uniqueId('plan'), '乙方案');
    await second.importText(qualityPlanDocument());
    await second.run('StartConsultation', {});
    await runner.waitFor(second.position);
    const inConsultation = (await plans.list({ stage: 'consultation', limit: 1000 })).map((row) => row.planId);
    expect(inConsultation).toContain(second.planId);
    expect(inConsultation).not.toContain(first.planId);
  });
});
