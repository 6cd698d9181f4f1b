/**
 * A whole consultation round on the real 征求意见稿 (seeds/001_…), from opening to the published
 * adoption report, through the consultation deciders and the plan stream's own evolve.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DocNode, parseDocument } from '@planledger/documents';
import {
  carryAnchor,
  type ConsultationActor,
  decideFeedback,
  decideRound,
  departmentHasResponded,
  evolveFeedback,
  evolveRound,
  type FeedbackCommand,
  type FeedbackEvent,
  initialFeedbackState,
  initialRoundState,
  planReadyForReview,
  projectRoundFeedback,
  type RoundCommand,
  type RoundEvent,
  type RoundState,
} from '@planledger/domain';
import { strFromU8, unzipSync } from 'fflate';
import { buildAdoptionReport } from './build-adoption-report';
import { renderReportCsv } from './render-csv';
import { renderReportDocx } from './render-docx';
import { renderReportMarkdown } from './render-markdown';
import {
  clerkOf,
  COMMENTS,
  coordinator,
  DEADLINE,
  DEADLINE_PASSED,
  drafter,
  FAGAI,
  INVITED,
  JIAOWEI,
  LATE_COMMENT_ID,
  OPENED_AT,
  type ScenarioComment,
  WITHDRAWN,
} from './testing/changshou-round';
import { planUnderRevision } from './testing/plan-under-revision';

const SEED = join(__dirname, '../../../../seeds/001_7914db94b213197e.txt');
const consultationDocument = parseDocument(readFileSync(SEED, 'utf8')).document;

const allNodes = (nodes: readonly DocNode[]): DocNode[] => nodes.flatMap((node) => [node, ...allNodes(node.children)]);
function clause(start: string): DocNode {
  const found = allNodes(consultationDocument.nodes).filter((node) => node.text.startsWith(start));
  if (found.length !== 1) throw new Error(`${start} names ${found.length} clauses`);
  return found[0];
}
const minute = (base: string, n: number) => new Date(Date.parse(base) + n * 60_000).toISOString();

function runRound() {
  const plan = planUnderRevision(consultationDocument);
  let round: RoundState = initialRoundState;
  const onRound = (command: RoundCommand): RoundEvent[] => {
    const events = decideRound(command, round);
    round = events.reduce(evolveRound, round);
    return events;
  };
  const streams = new Map<string, FeedbackEvent[]>(INVITED.map((id) => [id, []]));
  const stateOf = (departmentId: string) => (streams.get(departmentId) ?? []).reduce(evolveFeedback, initialFeedbackState);
  const onFeedback = (command: FeedbackCommand): void => {
    streams.get(command.data.departmentId)?.push(...decideFeedback(command, stateOf(command.data.departmentId), round));
  };
  const feedback = { roundId: 'r1' };
  const submit = (comment: ScenarioComment, now: string) => {
    const node = clause(comment.clause);
    const start = comment.quote === null ? 0 : node.text.indexOf(comment.quote);
    onFeedback({
      type: 'SubmitComment',
      data: {
        ...feedback,
        departmentId: comment.department,
        commentId: comment.id,
        nodeId: node.id,
        range: comment.quote === null ? null : { start, end: start + comment.quote.length },
        quotedText: comment.quote,
        consultationNodeText: node.text,
        text: comment.text,
        actor: clerkOf(comment.department),
        now,
      },
    });
  };

  onRound({
    type: 'OpenRound',
    data: {
      roundId: 'r1',
      planId: 'changshou-quality',
      roundNumber: 1,
      consultationRevision: plan.consultationRevision,
      documentType: 'normativeDocument',
      invitedDepartmentIds: INVITED,
      deadline: DEADLINE,
      actor: drafter,
      now: OPENED_AT,
    },
  });
  COMMENTS.filter((c) => c.id !== LATE_COMMENT_ID).forEach((c, i) => submit(c, minute('2024-03-05T01:00:00Z', i)));
  submit(WITHDRAWN, '2024-03-06T01:00:00Z');
  const withdrawer = WITHDRAWN.department;
  onFeedback({
    type: 'WithdrawComment',
    data: { ...feedback, departmentId: withdrawer, commentId: WITHDRAWN.id, actor: clerkOf(withdrawer), now: '2024-03-07T01:00:00Z' },
  });
  const reply = (replyId: string, text: string, actor: ConsultationActor, now: string) =>
    onFeedback({ type: 'ReplyToComment', data: { ...feedback, departmentId: FAGAI, commentId: 'c09', replyId, text, actor, now } });
  reply('q1', '请提供合作协议文号。', drafter, '2024-03-08T01:00:00Z');
  reply('a1', '经查，两地已签订合作协议。', clerkOf(FAGAI), '2024-03-08T03:00:00Z');
  onRound({
    type: 'AllowLateSubmission',
    data: { roundId: 'r1', departmentId: FAGAI, reason: '分管领导审签中', actor: coordinator, now: DEADLINE_PASSED },
  });
  submit(COMMENTS.find((c) => c.id === LATE_COMMENT_ID) as ScenarioComment, '2024-03-14T01:00:00Z');

  const respondedDepartmentIds = INVITED.filter((id) => departmentHasResponded(stateOf(id)));
  const closing = onRound({
    type: 'CloseRound',
    data: { roundId: 'r1', respondedDepartmentIds, actor: coordinator, now: '2024-03-14T02:00:00Z' },
  });

  const t = (n: number) => minute('2024-03-18T01:00:00Z', n);
  plan.startRevising(t(0));
  const implementedBy: Record<string, number[]> = {};
  const implement = (commentId: string, revision: number) => (implementedBy[commentId] ??= []).push(revision);
  const id = (start: string) => clause(start).id;
  implement('c01', plan.replace(id('为全面提高'), '》、《', '》《', t(1)));
  implement('c02', plan.insert(id('到2027年，全区'), '迈入全市前列', 'before', '力争', t(2)));
  implement('c04', plan.replace(id('产品质量水平大幅跃升'), '98.3%', '98.4%', t(3)));
  implement('c06', plan.insert(id('工程质量水平稳步提升'), '比例达到35%', 'after', '以上', t(4)));
  implement('c07', plan.replace(id('强化产业基础质量支撑'), '绿色化转型', '绿色化、数字化转型', t(5)));
  implement('c10', plan.insert(id('实施农产品质量提升工程'), '推进化学农药减量化', 'after', '，到2027年化学农药使用量减少5%', t(6)));
  implement('c11', plan.replace(id('实施农产品质量提升工程'), '中药产', '中药材', t(7)));
  implement('c12', plan.insert(id('促进生活服务品质升级'), '加强大众餐饮卫生和质量监管，', 'after', '加强校园食品安全管理，', t(8)));
  implement('c13', plan.replace(id('实施消费品质量升级工程'), '趋势,推动', '趋势，推动', t(9)));
  implement('c14', plan.replace(id('实施工业品质量升级工程'), '优势\u00a0。', '优势。', t(10)));
  implement('c15', plan.replace(id('打造长寿建造升级版'), '积极争创李春奖', '积极争创鲁班奖、李春奖', t(11)));
  implement('c18', plan.replace(id('优化质量安全监管效能'), '十', '+', t(12)));
  implement('c19', plan.deleteNode(clause('加强对外质量交流合作'), t(13)));
  implement('c20', plan.replace(id('健全质量政策制度'), '纳入各级财政预算', '纳入区、镇（街道）两级财政预算', t(14)));
  plan.moveWithinParent(id('塑造长寿质量品牌'), 1, t(15));
  plan.insertItemFirst(id('持续增强长寿产业质量竞争力'), 'new-item', '加强质量基础研究。', t(16));

  const beforeDispositions = projectRoundFeedback([...streams.values()].flat()).comments;
  const dispose = (c: ScenarioComment, disposition: ScenarioComment['disposition'], n: number) =>
    onFeedback({
      type: 'RecordDisposition',
      data: {
        ...feedback,
        departmentId: c.department,
        commentId: c.id,
        disposition,
        reason: disposition === 'adopted' ? undefined : c.reason,
        implementedBy: (implementedBy[c.id] ?? []).map((revision) => ({ revision })),
        actor: drafter,
        now: minute('2024-03-19T01:00:00Z', n),
      },
    });
  dispose(COMMENTS[8], 'adopted', 0);
  COMMENTS.forEach((c, i) => dispose(c, c.disposition, i + 1));

  const view = projectRoundFeedback([...streams.values()].flat());
  return { plan, round, closing, view, beforeDispositions };
}

const { plan, round, closing, view, beforeDispositions } = runRound();
const commentById = (commentId: string) => view.comments.find((c) => c.commentId === commentId);
if (round.status === 'notOpened') throw new Error('the round was never opened');
const report = buildAdoptionReport({
  round,
  consultationDocument,
  latestDocument: plan.latestDocument(),
  comments: view.comments,
  departments: INVITED.map((name) => ({ id: name, name })),
  noObjectionAnswers: view.noObjectionAnswers,
});

describe('a whole consultation round on the 长寿 征求意见稿', () => {
  it('closes with 区教委, the silent department, recorded as 无意见', () => {
    expect(closing.map((event) => event.type)).toEqual(['ConsultationRoundClosed', 'NoObjectionRecorded']);
    expect(closing[1].data).toMatchObject({ departmentId: JIAOWEI });
    expect(round).toMatchObject({ status: 'closed', noObjectionDepartmentIds: [JIAOWEI] });
  });

  it('keeps the late comment, marked late, the withdrawn one, marked withdrawn, and the thread', () => {
    expect(commentById(LATE_COMMENT_ID)).toMatchObject({ late: true, withdrawn: false });
    expect(commentById(WITHDRAWN.id)).toMatchObject({ withdrawn: true, disposition: null });
    expect(commentById('c09')?.replies.map((r) => [r.replyId, r.side])).toEqual([['q1', 'drafter'], ['a1', 'department']]);
    expect(commentById('c09')?.dispositionHistory.map((d) => d.disposition)).toEqual(['adopted', 'notAdopted']);
  });

  it('holds the plan back from review until every comment has a disposition', () => {
    expect(planReadyForReview(beforeDispositions, round).undisposedCommentIds.sort()).toEqual(COMMENTS.map((c) => c.id));
    expect(planReadyForReview(view.comments, round)).toEqual({ ready: true, undisposedCommentIds: [], roundStillOpen: false });
  });

  it('carries every anchor to the revised text: live on the current words, or deleted with its clause', () => {
    const events = plan.eventsSinceConsultation();
    const carried = Object.fromEntries(view.comments.map((c) => [c.commentId, carryAnchor(c.anchor, events)]));
    for (const anchor of Object.values(carried)) {
      if (anchor.status === 'live') expect(anchor.text).toBe(plan.textOf(anchor.nodeId).slice(anchor.start, anchor.end));
    }
    expect(carried.c19).toMatchObject({ status: 'deleted', cause: 'nodeDeleted', quote: clause('加强对外质量交流合作').text });
    expect(carried.c02).toMatchObject({ status: 'live', text: '迈入全市前列', edited: false });
    expect(carried.c07).toMatchObject({ status: 'live', text: '钢铁冶金两大支柱产业高端化、智能化、绿色化、数字化转型', edited: true });
    expect(carried.c15).toMatchObject({ status: 'live', text: '积极争创鲁班奖、李春奖、大禹奖、巴渝杯、三峡杯' });
    expect(carried.c18).toMatchObject({ status: 'live', text: '互联网+监管', quote: '互联网十监管' });
    expect(carried.c16).toMatchObject({ status: 'live', text: '培育一个知名度高的农产品区域公用品牌', edited: false });
    expect(carried.c05).toMatchObject({ status: 'live', edited: true });
  });

  it('reports every comment not withdrawn, row by row, in the order of the consultation draft', () => {
    expect(report.rows.map((row) => [row.number, row.clause, row.department, row.disposition, row.reason])).toEqual([
      [1, '第1段', '区发展改革委', '采纳', ''],
      [2, '一、（二）第1段', '区发展改革委', '采纳', ''],
      [3, '一、（二）第2段', '区经济信息委', '不采纳', '92为市级下达的目标值，保持一致'],
      [4, '一、（二）第3段', '区农业农村委', '部分采纳', '结合近三年监测水平，调整为98.4%以上'],
      [5, '一、（二）第4段', '区住房城乡建委', '不采纳', '该指标已纳入行业专项规划，本方案不再重复'],
      [6, '一、（二）第4段', '区住房城乡建委', '采纳', ''],
      [7, '二、（一）1.', '区经济信息委', '采纳', ''],
      [8, '二、（一）2.', '区经济信息委', '已有体现', '第8条已有相关表述'],
      [9, '二、（一）4.', '区发展改革委', '不采纳', '经核实，两地已签订合作协议，表述准确'],
      [10, '二、（二）5.', '区农业农村委', '采纳', ''],
      [11, '二、（二）5.', '区农业农村委', '采纳', ''],
      [12, '二、（二）6.', '区农业农村委', '部分采纳', '校园食品安全纳入第13条餐饮监管内容'],
      [13, '二、（二）7.', '区经济信息委', '采纳', ''],
      [14, '二、（二）8.', '区经济信息委', '采纳', ''],
      [15, '二、（三）11.', '区住房城乡建委', '采纳', ''],
      [16, '二、（五）15.', '区发展改革委', '不采纳', '集中培育一个区域公用品牌更利于形成合力'],
      [17, '二、（七）24.', '区经济信息委', '已有体现', '“上云上平台”计划已涵盖'],
      [18, '二、（七）26.', '区农业农村委', '采纳', ''],
      [19, '二、（七）27.', '区住房城乡建委', '采纳', ''],
      [20, '二、（七）29.', '区发展改革委', '部分采纳', '调整为“区、镇（街道）两级”'],
    ]);
    report.rows.forEach((row, i) => {
      const scenario = COMMENTS[i];
      expect([row.commentId, row.comment, row.original]).toEqual([scenario.id, scenario.text, scenario.quote ?? clause(scenario.clause).text]);
    });
  });

  it('prints each clause as revised, the consultation text where nothing changed, or 已删除', () => {
    const revised = Object.fromEntries(report.rows.map((row) => [row.commentId, row.revisedText]));
    expect(revised.c19).toBe('已删除');
    expect(revised.c01).toContain('根据《质量强国建设纲要》《质量强市建设实施方案》');
    expect(revised.c02).toContain('力争迈入全市前列');
    expect(revised.c04).toContain('农产品质量安全例行监测合格率达到98.4%以上');
    expect(revised.c10).toContain('推进化学农药减量化，到2027年化学农药使用量减少5%，促进农业绿色高质量发展');
    expect(revised.c14).toContain('增强制造业的整体竞争优势。大力实施');
    expect(revised.c18).toContain('“互联网+监管”');
    expect(revised.c20).toContain('纳入区、镇（街道）两级财政预算');
    for (const id of ['c03', 'c08', 'c09', 'c12', 'c16', 'c17']) {
      const scenario = COMMENTS.find((c) => c.id === id) as ScenarioComment;
      expect(revised[id]).toBe(clause(scenario.clause).text);
    }
  });

  it('sums up the round and lists the department deemed to have no objection', () => {
    expect(report.summary).toBe('共收到意见20条，采纳11条，部分采纳3条，不采纳4条，已有体现2条');
    expect(report.noObjectionDepartments).toEqual([{ departmentId: JIAOWEI, name: JIAOWEI, how: 'deemed' }]);
    expect(report.title).toBe('《质量强区建设实施方案》征求意见采纳情况表');
  });

  it('renders the table as CSV, quoting the one cell with an ASCII comma', () => {
    const lines = renderReportCsv(report).split('\r\n');
    expect(lines).toHaveLength(22);
    expect(lines[0]).toBe('\uFEFF序号,条款,原文,意见建议,提出单位,采纳情况,理由,修改后文本');
    expect(lines[2]).toBe(`2,一、（二）第1段,迈入全市前列,建议改为“力争迈入全市前列”。,区发展改革委,采纳,,${report.rows[1].revisedText}`);
    expect(lines[13]).toContain(',"顺应消费升级趋势,推动企业",半角逗号应改为全角逗号。,区经济信息委,采纳,,');
    expect(lines[19]).toBe('19,二、（七）27.,' + clause('加强对外质量交流合作').text + ',本条与第4条内容重复，建议删除。,区住房城乡建委,采纳,,已删除');
  });

  it('renders Markdown with the summary and the 无意见 line', () => {
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain('\n共收到意见20条，采纳11条，部分采纳3条，不采纳4条，已有体现2条\n');
    expect(markdown.split('\n').filter((line) => line.startsWith('| '))).toHaveLength(22);
    expect(markdown).toContain('无意见单位：区教委（逾期未反馈，视为无意见）');
  });

  it('renders a DOCX whose document.xml holds the summary, a header and twenty rows, and the 无意见 line', async () => {
    const xml = strFromU8(unzipSync(new Uint8Array(await renderReportDocx(report)))['word/document.xml']);
    expect(xml).toContain('共收到意见20条，采纳11条，部分采纳3条，不采纳4条，已有体现2条');
    expect(xml.match(/<w:tr[ >]/g)).toHaveLength(21);
    for (const row of report.rows) {
      expect(xml).toContain(`>${row.comment}<`);
      expect(xml).toContain(`>${row.clause}<`);
    }
    expect(xml).toContain('无意见单位：区教委（逾期未反馈，视为无意见）');
  });
});
