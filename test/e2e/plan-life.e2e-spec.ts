import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { operatorPrincipal } from '@planledger/domain';
import { uniqueId } from '@planledger/testing';
import { UserDirectory } from '../../apps/api/src/auth/user-directory';
import { startApi, type RunningApi } from '../support/api';

const SEED_001 = readFileSync(join(__dirname, '../../seeds/001_7914db94b213197e.txt'), 'utf8');
const targets = [{ name: 'pglite', url: undefined as string | undefined }];
if (process.env.DATABASE_URL) targets.push({ name: 'postgres', url: process.env.DATABASE_URL });

type Data = Record<string, any>;

/**
 * A plan's whole life over HTTP, as its users would live it: import, concurrent edits, a
 * consultation round with comments and dispositions, review, issue, the diff between the
 * consultation draft and the issued text, history and verification — and refusals that change nothing.
 */
describe.each(targets)('a plan from import to issue, over HTTP ($name)', ({ url }) => {
  let api: RunningApi;
  const tokens: Record<string, string> = {};
  const suffix = uniqueId('u').slice(2);
  const planId = uniqueId('plan');
  const departments = ['区市场监管局', '区经济信息委', '区科技局'];

  async function call(who: string | undefined, query: string, variables?: Data): Promise<Data> {
    const response = await api.graphql<Data>(query, variables, who ? tokens[who] : undefined);
    if (response.errors) throw Object.assign(new Error(response.errors[0].message), { code: response.errors[0].extensions?.code, response });
    return response.data as Data;
  }
  async function refusal(who: string | undefined, query: string, variables?: Data): Promise<{ code?: string; details?: Data }> {
    const response = await api.graphql<Data>(query, variables, who ? tokens[who] : undefined);
    expect(response.errors).toBeDefined();
    return { code: response.errors?.[0].extensions?.code, details: response.errors?.[0].extensions?.details };
  }
  const revisionOf = async () => (await call('drafter', `query($id: ID!) { plan(id: $id) { revision } }`, { id: planId })).plan.revision as number;
  const documentText = async () => (await call('auditor', `query($id: ID!) { document(planId: $id) { text } }`, { id: planId })).document.text as string;

  beforeAll(async () => {
    api = await startApi({ databaseUrl: url, seed: false });
    const users = api.app.get(UserDirectory);
    const operator = operatorPrincipal('e2e');
    const register = async (name: string, role: string, departmentId: string | null) => {
      const username = `${name}-${suffix}`;
      await users.register(operator, { username, displayName: name, password: 'correct horse battery', departmentId, grants: [{ role: role as never, planId: '*' }] }, uniqueId('c'));
      const login = await call(undefined, `mutation($u: String!, $p: String!) { logIn(username: $u, password: $p) { token } }`, { u: username, p: 'correct horse battery' });
      tokens[name] = login.logIn.token;
    };
    await register('drafter', 'drafter', null);
    await register('drafter2', 'drafter', null);
    await register('auditor', 'auditor', null);
    await register('market', 'departmentReviewer', departments[0]);
    await register('economy', 'departmentReviewer', departments[1]);
  });
  afterAll(() => api.close());

  it('lives a whole life', async () => {
    // Import the consultation draft of the Changshou plan.
    await call('drafter', `mutation($i: CreatePlanInput!) { createPlan(input: $i) { revision } }`, { i: { planId, title: '质量强区建设实施方案', commandId: uniqueId('c') } });
    const imported = await call('drafter', `mutation($i: ImportPlanTextInput!) { importPlanText(input: $i) { revision } }`, {
      i: { planId, expectedRevision: 1, commandId: uniqueId('c'), text: SEED_001, sourceLabel: '001_7914db94b213197e.txt' },
    });
    const seen = imported.importPlanText.revision as number;
    const doc = await call('drafter', `query($id: ID!) { document(planId: $id) { nodes { id number title text } } }`, { id: planId });
    const item = (doc.document.nodes as Data[]).find((n) => n.title === '实施工业品质量升级工程')!;
    expect(item.number).toBe('8.');

    // Two drafters edit the same clause from the same revision, at ranges that do not overlap: both land.
    const edit = (who: string, offset: number, deleteCount: number, insertedText: string, expectedRevision = seen) =>
      api.graphql<Data>(`mutation($i: EditNodeTextInput!) { editNodeText(input: $i) { revision } }`, {
        i: { planId, expectedRevision, commandId: uniqueId('c'), nodeId: item.id, offset, deleteCount, insertedText, reason: 'e2e' },
      }, tokens[who]);
    const [a, b] = await Promise.all([edit('drafter', 0, 2, '全面实施'), edit('drafter2', item.text.length, 0, '（新增）')]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    let text = await documentText();
    expect(text).toContain('8.全面实施工业品质量升级工程');
    // An overlapping edit from the stale revision is refused with CONFLICT naming what it collides with.
    const clash = await edit('drafter2', 1, 2, '推进');
    expect(clash.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((clash.errors?.[0].extensions?.details as Data).conflictingRevisions.length).toBeGreaterThan(0);
    expect(await documentText()).toBe(text);

    // Consultation: freeze, open a round for three departments, comment.
    await call('drafter', `mutation($i: StageChangeInput!) { startConsultation(input: $i) { revision } }`, { i: { planId, expectedRevision: await revisionOf(), commandId: uniqueId('c') } });
    const opened = await call('drafter', `mutation($i: OpenRoundInput!) { openRound(input: $i) { streamId } }`, {
      i: { planId, documentType: 'normativeDocument', invitedDepartmentIds: departments, deadline: '2099-12-31', commandId: uniqueId('c') },
    });
    const roundId = opened.openRound.streamId as string;
    const quote = '实施工业品质量升级工程';
    const start = '全面'.length;
    const commentId = uniqueId('comment');
    await call('market', `mutation($i: SubmitCommentInput!) { submitComment(input: $i) { written } }`, {
      i: { roundId, departmentId: departments[0], commandId: uniqueId('c'), commentId, nodeId: item.id, range: { start, end: start + quote.length }, quotedText: quote, text: '建议改为“实施工业品质量提升工程”' },
    });
    // A reviewer cannot speak for another department; the refusal writes nothing.
    const forged = await refusal('economy', `mutation($i: SubmitCommentInput!) { submitComment(input: $i) { written } }`, {
      i: { roundId, departmentId: departments[0], commandId: uniqueId('c'), commentId: uniqueId('x'), nodeId: item.id, text: '冒名' },
    });
    expect(forged.code).toBe('FORBIDDEN');
    await call('economy', `mutation($i: FeedbackInput!) { answerNoObjection(input: $i) { written } }`, { i: { roundId, departmentId: departments[1], commandId: uniqueId('c') } });
    const comments = await call('drafter', `query($r: ID!) { comments(roundId: $r) { id departmentId quote } }`, { r: roundId });
    expect(comments.comments).toEqual([{ id: commentId, departmentId: departments[0], quote }]);

    // The drafting team closes early: the silent department is recorded as having no objection.
    await call('drafter', `mutation($i: RoundInput!) { closeRound(input: $i) { written } }`, { i: { roundId, commandId: uniqueId('c'), reason: '各单位已反馈' } });
    const rounds = await call('auditor', `query($id: ID!) { rounds(planId: $id) { status noObjectionDepartmentIds } }`, { id: planId });
    expect(rounds.rounds).toEqual([{ status: 'closed', noObjectionDepartmentIds: [departments[2]] }]);

    // Revise, implementing the comment, and record the disposition linked to the edit.
    await call('drafter', `mutation($i: StageChangeInput!) { startRevision(input: $i) { revision } }`, { i: { planId, expectedRevision: await revisionOf(), commandId: uniqueId('c') } });
    // Review is refused while the comment has no disposition.
    const early = await refusal('drafter', `mutation($i: StageChangeInput!) { startReview(input: $i) { revision } }`, { i: { planId, expectedRevision: await revisionOf(), commandId: uniqueId('c') } });
    expect(early.code).toBe('STAGE_VIOLATION');
    const implemented = await edit('drafter', start + quote.length - 4, 2, '提升', await revisionOf());
    expect(implemented.errors).toBeUndefined();
    await call('drafter', `mutation($i: RecordDispositionInput!) { recordDisposition(input: $i) { written } }`, {
      i: { roundId, departmentId: departments[0], commandId: uniqueId('c'), commentId, disposition: 'adopted', implementedByRevisions: [implemented.data!.editNodeText.revision] },
    });
    const report = await call('auditor', `query($r: ID!) { adoptionReport(roundId: $r) { summary rows { clause original department disposition revisedText } docxBase64 } }`, { r: roundId });
    expect(report.adoptionReport.summary).toBe('共收到意见1条，采纳1条，部分采纳0条，不采纳0条，已有体现0条');
    expect(report.adoptionReport.rows).toEqual([
      expect.objectContaining({ clause: '二、（二）8.', original: quote, department: departments[0], disposition: '采纳', revisedText: expect.stringContaining('实施工业品质量提升工程') }),
    ]);

    // Review and issue.
    await call('drafter', `mutation($i: StageChangeInput!) { startReview(input: $i) { revision } }`, { i: { planId, expectedRevision: await revisionOf(), commandId: uniqueId('c') } });
    await call('drafter', `mutation($i: IssuePlanInput!) { issuePlan(input: $i) { revision } }`, {
      i: { planId, expectedRevision: await revisionOf(), commandId: uniqueId('c'), documentNumber: '长府发〔2024〕3号', issuedOn: '2024-03-01' },
    });
    // An issued plan is immutable.
    text = await documentText();
    expect((await edit('drafter', 0, 0, 'x', await revisionOf())).errors?.[0].extensions?.code).toBe('STAGE_VIOLATION');
    expect(await documentText()).toBe(text);

    // Diff the consultation draft with the issued text: the renamed item is modified, nothing is lost.
    const diff = await call('auditor', `query($f: VersionRefInput!, $t: VersionRefInput!) { diff(from: $f, to: $t) { match summary { modified removed added } changes { status after { id } inline { op text } } } }`, {
      f: { planId, version: '征求意见稿（第1轮）' }, t: { planId, version: '印发稿' },
    });
    expect(diff.diff.match).toBe('identity');
    expect(diff.diff.summary).toEqual({ modified: 1, removed: 0, added: 0 });
    const changed = (diff.diff.changes as Data[]).find((c) => c.status === 'modified')!;
    expect(changed.after.id).toBe(item.id);
    expect(changed.inline).toEqual(expect.arrayContaining([{ op: 'insert', text: '提升' }]));

    // History, versions and verification for the auditor; an auditor writes nothing.
    const history = await call('auditor', `query($id: ID!) { history(planId: $id, first: 3) { entries { revision type actor } nextAfter } }`, { id: planId });
    expect(history.history.entries.map((e: Data) => e.type)).toEqual(['PlanCreated', 'PlanTextImported', 'NodeTextEdited']);
    const versions = await call('auditor', `query($id: ID!) { versions(planId: $id) { name kind } }`, { id: planId });
    expect(versions.versions.map((v: Data) => v.name)).toEqual(['征求意见稿（第1轮）', '送审稿', '印发稿']);
    expect((await call('auditor', `query($id: ID!) { verify(planId: $id) { ok failures { reason } } }`, { id: planId })).verify).toEqual({ ok: true, failures: [] });
    const before = await revisionOf();
    const denied = await refusal('auditor', `mutation($i: TagVersionInput!) { tagVersion(input: $i) { revision } }`, { i: { planId, expectedRevision: before, commandId: uniqueId('c'), name: '审计标记' } });
    expect(denied.code).toBe('FORBIDDEN');
    expect(await revisionOf()).toBe(before);
    // Anonymous callers get nothing.
    expect((await refusal(undefined, `query($id: ID!) { plan(id: $id) { id } }`, { id: planId })).code).toBe('UNAUTHENTICATED');
  });
});
