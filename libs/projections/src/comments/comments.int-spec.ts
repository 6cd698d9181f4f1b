import { testDatabases, uniqueId } from '@planledger/testing';
import type { ProjectionRunner } from '../runner/projection-runner';
import { DEADLINE_PASSED, drafter, educationClerk, RoundAuthor, transportClerk } from '../testing/round-author';
import { openTestbed, type ProjectionTestbed } from '../testing/projection-testbed';
import { CommentQueries } from './comment-queries';
import { commentsProjection } from './comments-projection';

// Opening databases and waiting for projections outlast jest's default 5 s on a busy machine.
jest.setTimeout(60_000);

const NODE_TEXT = '推进化学农药减量化，促进农业绿色高质量发展。';

describe.each(testDatabases())('comments on $name', (target) => {
  let testbed: ProjectionTestbed;
  let runner: ProjectionRunner;
  let queries: CommentQueries;

  beforeAll(async () => {
    testbed = await openTestbed(target);
    runner = await testbed.run(commentsProjection);
    queries = new CommentQueries(testbed.dataSource);
  });
  afterAll(() => testbed.close());

  async function openRound(planId = uniqueId('plan')): Promise<RoundAuthor> {
    return RoundAuthor.open(testbed.store, {
      roundId: uniqueId('round'),
      planId,
      roundNumber: 1,
      consultationRevision: 3,
      invitedDepartmentIds: ['区教委', '区交通局', '区科技局'],
    });
  }

  function submit(round: RoundAuthor, commentId: string, text: string) {
    return round.on('SubmitComment', {
      departmentId: '区教委',
      commentId,
      nodeId: 'item-5',
      range: { start: 0, end: 9 },
      quotedText: '推进化学农药减量化',
      consultationNodeText: NODE_TEXT,
      text,
      actor: educationClerk,
    });
  }

  it('records a round from opening to closing, with explicit and recorded no-objections', async () => {
    const round = await openRound();
    await runner.waitFor(round.position);
    expect(await queries.round(round.roundId)).toMatchObject({
      roundNumber: 1,
      consultationRevision: 3,
      documentType: 'normativeDocument',
      deadline: '2024-03-13',
      invitedDepartmentIds: ['区教委', '区交通局', '区科技局'],
      status: 'open',
      openedBy: 'u-drafter',
      closedAt: null,
    });

    await submit(round, 'c1', '建议补充具体减量目标。');
    await round.on('AnswerNoObjection', { departmentId: '区交通局', actor: transportClerk });
    await round.allowLate('区科技局');
    await round.close(['区教委', '区交通局']);
    await runner.waitFor(round.position);
    expect(await queries.round(round.roundId)).toMatchObject({
      status: 'closed',
      closedAt: new Date(DEADLINE_PASSED),
      closedEarly: false,
      lateDepartmentIds: ['区科技局'],
      noObjectionAnswered: ['区交通局'],
      noObjectionRecorded: ['区科技局'],
    });
  });

  it('keeps each comment with its anchor, edits, replies, withdrawal and dispositions', async () => {
    const round = await openRound();
    await submit(round, 'c1', '建议补充具体减量目标。');
    await submit(round, 'c2', '建议删去。');
    await round.on('EditComment', { departmentId: '区教委', commentId: 'c1', text: '建议补充2025年减量目标。', actor: educationClerk });
    await round.on('ReplyToComment', { departmentId: '区教委', commentId: 'c1', replyId: 'r1', text: '请提供依据。', actor: drafter });
    await round.on('ReplyToComment', { departmentId: '区教委', commentId: 'c1', replyId: 'r2', text: '见附件。', actor: educationClerk });
    await round.on('WithdrawComment', { departmentId: '区教委', commentId: 'c2', reason: '已沟通', actor: educationClerk });
    await round.close(['区教委']);
    await round.on('RecordDisposition', { departmentId: '区教委', commentId: 'c1', disposition: 'notAdopted', reason: '无统计口径', actor: drafter, now: DEADLINE_PASSED });
    await round.on('RecordDisposition', {
      departmentId: '区教委',
      commentId: 'c1',
      disposition: 'partlyAdopted',
      reason: '目标年份调整为2027年',
      implementedBy: [{ revision: 7 }],
      actor: drafter,
      now: DEADLINE_PASSED,
    });
    await runner.waitFor(round.position);

    const [first, second] = await queries.commentsOfRound(round.roundId);
    expect(first).toMatchObject({
      commentId: 'c1',
      departmentId: '区教委',
      nodeId: 'item-5',
      rangeStart: 0,
      rangeEnd: 9,
      quote: '推进化学农药减量化',
      text: '建议补充2025年减量目标。',
      status: 'active',
      late: false,
      repliesCount: 2,
      author: 'u-edu',
      disposition: 'partlyAdopted',
      dispositionReason: '目标年份调整为2027年',
      implementedBy: [{ revision: 7 }],
      disposedBy: 'u-drafter',
    });
    expect(first.editedAt).not.toBeNull();
    expect(second).toMatchObject({ commentId: 'c2', status: 'withdrawn', withdrawnReason: '已沟通', disposition: null });
    const history = await queries.dispositionHistory(round.roundId, '区教委', 'c1');
    expect(history.map(({ disposition, reason }) => [disposition, reason])).toEqual([
      ['notAdopted', '无统计口径'],
      ['partlyAdopted', '目标年份调整为2027年'],
    ]);
  });

  it('marks late comments and finds comments by plan and node', async () => {
    const planId = uniqueId('plan');
    const round = await openRound(planId);
    await round.allowLate('区教委');
    await round.on('SubmitComment', {
      departmentId: '区教委',
      commentId: 'late-1',
      nodeId: 'item-5',
      range: null,
      quotedText: null,
      consultationNodeText: NODE_TEXT,
      text: '逾期补充意见。',
      actor: educationClerk,
      now: DEADLINE_PASSED,
    });
    await runner.waitFor(round.position);
    const [comment] = await queries.commentsOnNode(planId, 'item-5');
    expect(comment).toMatchObject({ commentId: 'late-1', late: true, rangeStart: null, quote: NODE_TEXT, planId });
    expect((await queries.roundsOfPlan(planId)).map((row) => row.roundId)).toEqual([round.roundId]);
  });
});
