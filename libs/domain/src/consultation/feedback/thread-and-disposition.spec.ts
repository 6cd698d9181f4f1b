import { BEFORE_DEADLINE, DEADLINE_PASSED, drafter, educationClerk, transportClerk } from '../testing/fixtures';
import { closed, disposed, open, stream, submitted, withdrawn } from '../testing/feedback-fixtures';
import { closedRoundState, openRoundState } from '../testing/round-states';
import { decideFeedback } from './feedback-decider';
import type { FeedbackCommand, FeedbackEvent } from './feedback-messages';
import { evolveFeedback, initialFeedbackState } from './feedback-state';

describe('ReplyToComment', () => {
  const reply = (actor = drafter, replyId = 'rp1'): FeedbackCommand => ({
    type: 'ReplyToComment',
    data: { ...stream, commentId: 'c1', replyId, text: '请提供近三年使用量数据。', actor, now: BEFORE_DEADLINE },
  });
  const replied: FeedbackEvent = {
    type: 'CommentReplied',
    data: { ...stream, commentId: 'c1', replyId: 'rp1', text: '请提供近三年使用量数据。', side: 'drafter', actor: 'u-drafter', at: BEFORE_DEADLINE },
  };

  it('given a comment, when a drafter replies, then the reply joins the thread', () => {
    open.given([submitted]).when(reply()).then([replied]);
  });

  it('given a comment, when the same department replies, then the reply is on its side', () => {
    const [event] = decideFeedback(reply(educationClerk), evolveFeedback(initialFeedbackState, submitted), openRoundState);
    expect(event).toMatchObject({ type: 'CommentReplied', data: { side: 'department', actor: 'u-edu' } });
  });

  it('given a comment, when another department replies, then FORBIDDEN', () => {
    open.given([submitted]).when(reply(transportClerk)).thenRefuses('FORBIDDEN');
  });

  it('given the reply exists, when it is posted again, then ALREADY_EXISTS', () => {
    open.given([submitted, replied]).when(reply()).thenRefuses('ALREADY_EXISTS');
  });

  it('given a closed round, when a drafter replies, then the reply is recorded', () => {
    closed.given([submitted]).when(reply()).then([replied]);
  });

  it('given a closed round, when the department replies, then STAGE_VIOLATION', () => {
    closed.given([submitted]).when(reply(educationClerk)).thenRefuses('STAGE_VIOLATION');
  });

  it('given a withdrawn comment, when a drafter replies, then STAGE_VIOLATION', () => {
    open.given([submitted, withdrawn]).when(reply()).thenRefuses('STAGE_VIOLATION');
  });
});

describe('RecordDisposition', () => {
  const dispose = (data: Partial<Extract<FeedbackCommand, { type: 'RecordDisposition' }>['data']> = {}): FeedbackCommand => ({
    type: 'RecordDisposition',
    data: { ...stream, commentId: 'c1', disposition: 'adopted', implementedBy: [{ revision: 45 }], actor: drafter, now: DEADLINE_PASSED, ...data },
  });

  it('given a comment, when a drafter adopts it with the implementing revision, then the disposition is recorded', () => {
    closed.given([submitted]).when(dispose()).then([disposed]);
  });

  it('given a disposition, when a drafter changes it, then a new disposition is recorded and the old one stays in history', () => {
    closed
      .given([submitted, disposed])
      .when(dispose({ disposition: 'partlyAdopted', reason: '减量目标以市级统一部署为准', implementedBy: [{ eventId: 'evt-9' }] }))
      .then([
        {
          type: 'DispositionRecorded',
          data: {
            ...stream,
            commentId: 'c1',
            disposition: 'partlyAdopted',
            reason: '减量目标以市级统一部署为准',
            implementedBy: [{ eventId: 'evt-9' }],
            actor: 'u-drafter',
            at: DEADLINE_PASSED,
          },
        },
      ]);
  });

  it('given the same disposition, when it is recorded again, then nothing happens', () => {
    closed.given([submitted, disposed]).when(dispose()).thenNothingHappens();
  });

  it.each(['notAdopted', 'partlyAdopted'] as const)('given a comment, when it is %s without a reason, then BAD_USER_INPUT', (disposition) => {
    closed.given([submitted]).when(dispose({ disposition, implementedBy: [] })).thenRefuses('BAD_USER_INPUT');
  });

  it('given a comment, when 不采纳 points at plan changes, then BAD_USER_INPUT', () => {
    closed.given([submitted]).when(dispose({ disposition: 'notAdopted', reason: '与上位规划不符' })).thenRefuses('BAD_USER_INPUT');
  });

  it('given a comment, when a plan change reference is malformed, then BAD_USER_INPUT', () => {
    closed.given([submitted]).when(dispose({ implementedBy: [{ revision: 1.5 }] })).thenRefuses('BAD_USER_INPUT');
  });

  it('given a comment, when 已有体现 is recorded without a reason, then it is accepted', () => {
    const [event] = decideFeedback(dispose({ disposition: 'alreadyCovered', implementedBy: undefined }), evolveFeedback(initialFeedbackState, submitted), closedRoundState);
    expect(event).toMatchObject({ data: { disposition: 'alreadyCovered', reason: null, implementedBy: [] } });
  });

  it('given a comment, when a department user records a disposition, then FORBIDDEN', () => {
    closed.given([submitted]).when(dispose({ actor: educationClerk })).thenRefuses('FORBIDDEN');
  });

  it('given a withdrawn comment, when it is disposed, then STAGE_VIOLATION', () => {
    closed.given([submitted, withdrawn]).when(dispose()).thenRefuses('STAGE_VIOLATION');
  });

  it('given no such comment, when it is disposed, then NOT_FOUND', () => {
    closed.given([]).when(dispose()).thenRefuses('NOT_FOUND');
  });
});
