import { BEFORE_DEADLINE, DEADLINE_PASSED, drafter, educationClerk, outsider, transportClerk } from '../testing/fixtures';
import { closed, disposed, noObjection, NODE_TEXT, open, specOn, stream, submit, submitted, withdrawn } from '../testing/feedback-fixtures';
import { lateAllowedForTransportState, openRoundState } from '../testing/round-states';
import { decideFeedback } from './feedback-decider';
import type { FeedbackCommand } from './feedback-messages';
import { initialFeedbackState } from './feedback-state';

describe('SubmitComment', () => {
  it('given an open round, when an invited department quotes the frozen text, then the comment is anchored to it', () => {
    open.given([]).when(submit()).then([submitted]);
  });

  it('given an open round, when the comment is on the whole node, then the anchor quotes the whole node text', () => {
    const [event] = decideFeedback(submit({ range: null, quotedText: null }), initialFeedbackState, openRoundState);
    expect(event).toMatchObject({ data: { anchor: { nodeId: 'n-item-5', range: null, quote: NODE_TEXT } } });
  });

  it('given an open round, when the quote differs from the frozen text, then BAD_USER_INPUT', () => {
    open.given([]).when(submit({ quotedText: '推进化学肥料减量化' })).thenRefuses('BAD_USER_INPUT');
  });

  it.each([
    ['empty', { start: 3, end: 3 }],
    ['past the end', { start: 10, end: 99 }],
    ['negative', { start: -1, end: 4 }],
  ])('given an open round, when the range is %s, then BAD_USER_INPUT', (_, range) => {
    open.given([]).when(submit({ range })).thenRefuses('BAD_USER_INPUT');
  });

  it('given an open round, when the node is not in the consultation version, then NOT_FOUND', () => {
    open.given([]).when(submit({ consultationNodeText: null })).thenRefuses('NOT_FOUND');
  });

  it('given an open round, when the comment is blank, then BAD_USER_INPUT', () => {
    open.given([]).when(submit({ text: '  ' })).thenRefuses('BAD_USER_INPUT');
  });

  it('given an open round, when an uninvited department comments, then FORBIDDEN', () => {
    const asOutsider = submit({ departmentId: '区档案馆', actor: outsider });
    open.given([]).when(asOutsider).thenRefuses('FORBIDDEN');
  });

  it("given an open round, when a user comments in another department's name, then FORBIDDEN", () => {
    open.given([]).when(submit({ actor: transportClerk })).thenRefuses('FORBIDDEN');
  });

  it('given the comment exists, when it is submitted again, then ALREADY_EXISTS', () => {
    open.given([submitted]).when(submit()).thenRefuses('ALREADY_EXISTS');
  });

  it('given the department answered 无意见, when it comments, then CONFLICT', () => {
    open.given([noObjection]).when(submit()).thenRefuses('CONFLICT');
  });

  it('given the deadline passed, when a department without permission comments, then STAGE_VIOLATION', () => {
    open.given([]).when(submit({ now: DEADLINE_PASSED })).thenRefuses('STAGE_VIOLATION');
  });

  it('given the deadline passed and a late permission, when that department comments, then it is marked late', () => {
    const late = specOn(lateAllowedForTransportState);
    const command = submit({ departmentId: '区交通局', actor: transportClerk, now: DEADLINE_PASSED });
    const [event] = decideFeedback(command, initialFeedbackState, lateAllowedForTransportState);
    expect(event).toMatchObject({ type: 'CommentSubmitted', data: { late: true, departmentId: '区交通局' } });
    late.given([]).when(submit({ now: DEADLINE_PASSED })).thenRefuses('STAGE_VIOLATION');
  });

  it('given a closed round, when a department comments, then STAGE_VIOLATION', () => {
    closed.given([]).when(submit()).thenRefuses('STAGE_VIOLATION');
  });

  it('given no round, when a department comments, then NOT_FOUND', () => {
    specOn({ status: 'notOpened' }).given([]).when(submit()).thenRefuses('NOT_FOUND');
  });

  it('given an open round, when the time has no offset, then BAD_USER_INPUT', () => {
    open.given([]).when(submit({ now: '2024-03-05 10:00' })).thenRefuses('BAD_USER_INPUT');
  });

  it('given the state of another round, when a department comments, then BAD_USER_INPUT', () => {
    open.given([]).when(submit({ roundId: 'r2' })).thenRefuses('BAD_USER_INPUT');
  });
});

describe('AnswerNoObjection', () => {
  const answer = (actor = educationClerk, now = BEFORE_DEADLINE): FeedbackCommand => ({
    type: 'AnswerNoObjection',
    data: { ...stream, actor, now },
  });

  it('given an open round, when the department answers 无意见, then it is recorded', () => {
    open.given([]).when(answer()).then([noObjection]);
  });

  it('given live comments, when the department answers 无意见, then CONFLICT', () => {
    open.given([submitted]).when(answer()).thenRefuses('CONFLICT');
  });

  it('given its only comment withdrawn, when the department answers 无意见, then it is recorded', () => {
    open.given([submitted, withdrawn]).when(answer()).then([noObjection]);
  });

  it('given it already answered, when it answers again, then ALREADY_EXISTS', () => {
    open.given([noObjection]).when(answer()).thenRefuses('ALREADY_EXISTS');
  });

  it('given a closed round, when the department answers, then STAGE_VIOLATION', () => {
    closed.given([]).when(answer()).thenRefuses('STAGE_VIOLATION');
  });
});

describe('EditComment', () => {
  const edit = (actor = educationClerk, text = '建议明确到2027年化学农药使用量下降5%。'): FeedbackCommand => ({
    type: 'EditComment',
    data: { ...stream, commentId: 'c1', text, actor, now: BEFORE_DEADLINE },
  });

  it('given its comment, when the department edits it, then the new text is recorded', () => {
    open.given([submitted]).when(edit()).then([
      { type: 'CommentEdited', data: { ...stream, commentId: 'c1', text: '建议明确到2027年化学农药使用量下降5%。', actor: 'u-edu', at: BEFORE_DEADLINE } },
    ]);
  });

  it('given its comment, when the text is unchanged, then nothing happens', () => {
    open.given([submitted]).when(edit(educationClerk, '建议补充具体减量目标。')).thenNothingHappens();
  });

  it("given another department's comment, when a user edits it, then FORBIDDEN", () => {
    open.given([submitted]).when(edit(transportClerk)).thenRefuses('FORBIDDEN');
  });

  it('given a comment, when a drafter edits it, then FORBIDDEN', () => {
    open.given([submitted]).when(edit(drafter)).thenRefuses('FORBIDDEN');
  });

  it('given no such comment, when it is edited, then NOT_FOUND', () => {
    open.given([]).when(edit()).thenRefuses('NOT_FOUND');
  });

  it('given a withdrawn comment, when it is edited, then STAGE_VIOLATION', () => {
    open.given([submitted, withdrawn]).when(edit()).thenRefuses('STAGE_VIOLATION');
  });

  it('given a closed round, when the department edits, then STAGE_VIOLATION', () => {
    closed.given([submitted]).when(edit()).thenRefuses('STAGE_VIOLATION');
  });

  it('given a disposed comment, when the department edits it, then CONFLICT', () => {
    open.given([submitted, disposed]).when(edit()).thenRefuses('CONFLICT');
  });
});

describe('WithdrawComment', () => {
  const withdraw = (actor = educationClerk): FeedbackCommand => ({
    type: 'WithdrawComment',
    data: { ...stream, commentId: 'c1', actor, now: BEFORE_DEADLINE },
  });

  it('given its comment, when the department withdraws it, then it is withdrawn', () => {
    open.given([submitted]).when(withdraw()).then([withdrawn]);
  });

  it('given a withdrawn comment, when it is withdrawn again, then nothing happens', () => {
    open.given([submitted, withdrawn]).when(withdraw()).thenNothingHappens();
  });

  it("given another department's comment, when a user withdraws it, then FORBIDDEN", () => {
    open.given([submitted]).when(withdraw(transportClerk)).thenRefuses('FORBIDDEN');
  });

  it('given a closed round, when the department withdraws, then STAGE_VIOLATION', () => {
    closed.given([submitted]).when(withdraw()).thenRefuses('STAGE_VIOLATION');
  });
});

