import { BEFORE_DEADLINE, DEADLINE_PASSED } from '../testing/fixtures';
import { projectRoundFeedback } from './comment-view';
import type { FeedbackEvent } from './feedback-messages';
import { departmentHasResponded, evolveFeedback, initialFeedbackState } from './feedback-state';
import { assertPlanReadyForReview, planReadyForReview } from './review-readiness';
import { closedRoundState, openRoundState } from '../testing/round-states';
import { ConsultationError } from '../errors';

const education = { roundId: 'r1', departmentId: '区教委' };
const transport = { roundId: 'r1', departmentId: '区交通局' };

const submitted = (stream: typeof education, commentId: string, text: string): FeedbackEvent => ({
  type: 'CommentSubmitted',
  data: {
    ...stream,
    commentId,
    consultationRevision: 42,
    anchor: { nodeId: 'item-1', range: null, quote: '增强产业基础质量支撑。' },
    text,
    late: false,
    actor: 'u-clerk',
    at: BEFORE_DEADLINE,
  },
});

const disposition = (stream: typeof education, commentId: string, kind: 'adopted' | 'notAdopted', at: string): FeedbackEvent => ({
  type: 'DispositionRecorded',
  data: { ...stream, commentId, disposition: kind, reason: kind === 'notAdopted' ? '超出本方案范围' : null, implementedBy: [], actor: 'u-drafter', at },
});

const events: FeedbackEvent[] = [
  submitted(education, 'c1', '建议增加职业教育内容。'),
  { type: 'CommentEdited', data: { ...education, commentId: 'c1', text: '建议增加职业教育质量内容。', actor: 'u-clerk', at: BEFORE_DEADLINE } },
  { type: 'CommentReplied', data: { ...education, commentId: 'c1', replyId: 'rp1', text: '已吸收。', side: 'drafter', actor: 'u-drafter', at: DEADLINE_PASSED } },
  submitted(education, 'c2', '建议删除本条。'),
  { type: 'CommentWithdrawn', data: { ...education, commentId: 'c2', reason: null, actor: 'u-clerk', at: BEFORE_DEADLINE } },
  submitted(transport, 'c1', '建议补充物流内容。'),
  disposition(education, 'c1', 'notAdopted', DEADLINE_PASSED),
  disposition(education, 'c1', 'adopted', '2024-03-15T02:00:00.000Z'),
];

describe('projectRoundFeedback', () => {
  it('folds the department streams into comments with their thread and disposition history', () => {
    const { comments } = projectRoundFeedback(events);
    expect(comments.map((c) => [c.departmentId, c.commentId, c.withdrawn])).toEqual([
      ['区教委', 'c1', false],
      ['区教委', 'c2', true],
      ['区交通局', 'c1', false],
    ]);
    expect(comments[0]).toMatchObject({
      text: '建议增加职业教育质量内容。',
      editedAt: BEFORE_DEADLINE,
      replies: [{ replyId: 'rp1', side: 'drafter', authorUserId: 'u-drafter' }],
      disposition: { disposition: 'adopted', recordedBy: 'u-drafter' },
    });
    expect(comments[0].dispositionHistory.map((d) => d.disposition)).toEqual(['notAdopted', 'adopted']);
  });

  it('collects explicit 无意见 answers', () => {
    const answered: FeedbackEvent = { type: 'NoObjectionAnswered', data: { roundId: 'r1', departmentId: '区民政局', late: true, actor: 'u-civil', at: DEADLINE_PASSED } };
    expect(projectRoundFeedback([answered]).noObjectionAnswers).toEqual([{ departmentId: '区民政局', late: true, at: DEADLINE_PASSED }]);
  });
});

describe('departmentHasResponded', () => {
  const fold = (stream: FeedbackEvent[]) => stream.reduce(evolveFeedback, initialFeedbackState);

  it('is true with a comment not withdrawn or a 无意见 answer, false otherwise', () => {
    expect(departmentHasResponded(fold([]))).toBe(false);
    expect(departmentHasResponded(fold(events.slice(3, 5)))).toBe(false);
    expect(departmentHasResponded(fold(events.slice(0, 1)))).toBe(true);
    expect(
      departmentHasResponded(fold([{ type: 'NoObjectionAnswered', data: { ...education, late: false, actor: 'u-clerk', at: BEFORE_DEADLINE } }])),
    ).toBe(true);
  });
});

describe('planReadyForReview', () => {
  it('lists the comments of the last round that still need a disposition, ignoring withdrawn ones', () => {
    const { comments } = projectRoundFeedback(events);
    expect(planReadyForReview(comments, closedRoundState)).toEqual({ ready: false, undisposedCommentIds: ['c1'], roundStillOpen: false });
  });

  it('is ready when every comment is disposed and the round is closed', () => {
    const { comments } = projectRoundFeedback([...events, disposition(transport, 'c1', 'adopted', DEADLINE_PASSED)]);
    expect(planReadyForReview(comments, closedRoundState)).toEqual({ ready: true, undisposedCommentIds: [], roundStillOpen: false });
    expect(() => assertPlanReadyForReview(comments, closedRoundState)).not.toThrow();
  });

  it('is not ready while the last round is open, and the guard refuses with STAGE_VIOLATION', () => {
    expect(planReadyForReview([], openRoundState)).toMatchObject({ ready: false, roundStillOpen: true });
    let thrown: unknown;
    try {
      assertPlanReadyForReview([], openRoundState);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConsultationError);
    expect((thrown as ConsultationError).code).toBe('STAGE_VIOLATION');
  });
});
