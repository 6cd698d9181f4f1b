import { startApi, type RunningApi } from '../support/api';

type Data = Record<string, any>;

/** What `npm start` shows a first-time user: the seed plans, their departments, demo logins, the README query. */
describe('the embedded demo, as npm start serves it', () => {
  let api: RunningApi;
  let token = '';

  beforeAll(async () => {
    api = await startApi({ seed: true });
    const login = await api.graphql<Data>(`mutation { logIn(username: "auditor", password: "demo-auditor-2026") { token user { grants { role planId } } } }`);
    expect(login.errors).toBeUndefined();
    token = login.data!.logIn.token;
  });
  afterAll(() => api.close());

  it('serves both seed plans at their stages, with the departments they name registered', async () => {
    const { data, errors } = await api.graphql<Data>(
      `{ issued: plan(id: "shapingba-quality-2023") { stage metadata { documentNumber date } }
         draft: plan(id: "changshou-quality-2023") { stage metadata { isConsultationDraft } }
         versions(planId: "shapingba-quality-2023") { name }
         departments { id name } }`,
      undefined,
      token,
    );
    expect(errors).toBeUndefined();
    expect(data!.issued).toEqual({ stage: 'issued', metadata: { documentNumber: '沙府发〔2023〕52号', date: '2023-12-25' } });
    expect(data!.draft).toEqual({ stage: 'consultation', metadata: { isConsultationDraft: true } });
    expect(data!.versions.map((v: Data) => v.name)).toEqual(['征求意见稿（第1轮）', '送审稿', '印发稿']);
    expect(data!.departments.map((d: Data) => d.name)).toEqual(expect.arrayContaining(['区市场监管局', '区经济信息委', '区科技局']));
  });

  it('lists plans and department tasks from the read models, reading a write at its position', async () => {
    const drafter = await api.graphql<Data>(`mutation { logIn(username: "drafter", password: "demo-drafter-2026") { token } }`);
    const drafterToken = drafter.data!.logIn.token;
    const created = await api.graphql<Data>(
      `mutation($i: CreatePlanInput!) { createPlan(input: $i) { position } }`,
      { i: { planId: 'zz-new-plan', title: '新方案', commandId: 'create-zz-new-plan' } },
      drafterToken,
    );
    expect(created.errors).toBeUndefined();
    const { data, errors } = await api.graphql<Data>(
      `query($p: String) { plans(first: 10, atLeastPosition: $p) { plans { id stage } endCursor }
         issued: plans(stage: "issued") { plans { id documentNumber } }
         departmentTasks(departmentId: "区市场监管局", planId: "shapingba-quality-2023") { label title } }`,
      { p: created.data!.createPlan.position },
      token,
    );
    expect(errors).toBeUndefined();
    expect(data!.plans.plans.map((p: Data) => p.id)).toEqual(['changshou-quality-2023', 'shapingba-quality-2023', 'zz-new-plan']);
    expect(data!.issued.plans).toEqual([{ id: 'shapingba-quality-2023', documentNumber: '沙府发〔2023〕52号' }]);
    expect(data!.departmentTasks.length).toBeGreaterThan(5);
    expect(data!.departmentTasks[0].label).toMatch(/^二、（一）\d+\.$/);
  });

  it('answers the README query: the consultation draft of one district against the issued plan of another', async () => {
    const { data, errors } = await api.graphql<Data>(
      `{ diff(from: { planId: "changshou-quality-2023" }, to: { planId: "shapingba-quality-2023" }) { match summary { moved modified } changes { status before { title } after { number title } } } }`,
      undefined,
      token,
    );
    expect(errors).toBeUndefined();
    expect(data!.diff.match).toBe('content');
    const industrial = (data!.diff.changes as Data[]).find((c) => c.before?.title === '实施工业品质量升级工程');
    expect(industrial?.after).toEqual({ number: '5.', title: '实施工业品质量升级工程' });
  });
});
