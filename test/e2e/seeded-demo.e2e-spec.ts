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
