import { type ConsultationActor, isDrafter, speaksFor } from '../actor';
import { isBlank, refuse } from '../errors';
import { parseInstant } from '../rounds/deadline';
import { type OpenedRound, type RoundState, roundWindowFor } from '../rounds/round-state';
import { anchorForNewComment } from './comment-anchor-input';
import { checkDisposition, sameDisposition } from './disposition-rules';
import type {
  AnswerNoObjection,
  EditComment,
  FeedbackCommand,
  FeedbackEvent,
  RecordDisposition,
  ReplyToComment,
  SubmitComment,
  WithdrawComment,
} from './feedback-messages';
import type { FeedbackCommentState, FeedbackState } from './feedback-state';

/**
 * Decides on one department's feedback stream. The round lives in another stream; its state is
 * the second input, read by the app just before deciding.
 */
export function decideFeedback(
  command: FeedbackCommand,
  state: FeedbackState,
  round: RoundState,
): FeedbackEvent[] {
  const opened = roundOf(command, round);
  parseInstant(command.data.now, 'now');
  switch (command.type) {
    case 'SubmitComment':
      return submitComment(command, state, opened);
    case 'AnswerNoObjection':
      return answerNoObjection(command, state, opened);
    case 'EditComment':
      return editComment(command, state, opened);
    case 'WithdrawComment':
      return withdrawComment(command, state, opened);
    case 'ReplyToComment':
      return replyToComment(command, state, opened);
    case 'RecordDisposition':
      return recordDisposition(command, state);
  }
}

function submitComment(command: SubmitComment, state: FeedbackState, round: OpenedRound): FeedbackEvent[] {
  const { roundId, departmentId, commentId, actor, now } = command.data;
  const late = requireAnswerWindow(actor, departmentId, round, now);
  if (isBlank(commentId)) refuse('BAD_USER_INPUT', 'a comment needs an id');
  if (commentId in state.comments) refuse('ALREADY_EXISTS', 'comment already submitted', { commentId });
  if (state.noObjectionAnswered) refuse('CONFLICT', 'the department already answered 无意见');
  if (isBlank(command.data.text)) refuse('BAD_USER_INPUT', 'a comment needs text');
  const { nodeId, range, quotedText, consultationNodeText } = command.data;
  const anchor = anchorForNewComment(nodeId, range, quotedText, consultationNodeText);
  const text = command.data.text.trim();
  const { consultationRevision } = round;
  const submitted = { commentId, consultationRevision, anchor, text, late };
  return [
    {
      type: 'CommentSubmitted',
      data: { roundId, departmentId, ...submitted, actor: actor.userId, at: now },
    },
  ];
}

function answerNoObjection(
  command: AnswerNoObjection,
  state: FeedbackState,
  round: OpenedRound,
): FeedbackEvent[] {
  const { roundId, departmentId, actor, now } = command.data;
  const late = requireAnswerWindow(actor, departmentId, round, now);
  if (state.noObjectionAnswered) refuse('ALREADY_EXISTS', 'the department already answered 无意见');
  if (Object.values(state.comments).some((comment) => !comment.withdrawn)) {
    refuse('CONFLICT', 'the department has comments; withdraw them before answering 无意见');
  }
  return [
    { type: 'NoObjectionAnswered', data: { roundId, departmentId, late, actor: actor.userId, at: now } },
  ];
}

function editComment(command: EditComment, state: FeedbackState, round: OpenedRound): FeedbackEvent[] {
  const { roundId, departmentId, commentId, actor, now } = command.data;
  const comment = ownLiveCommentBeforeClose(actor, departmentId, state, commentId, round);
  if (isBlank(command.data.text)) refuse('BAD_USER_INPUT', 'a comment needs text');
  const text = command.data.text.trim();
  if (text === comment.text) return [];
  return [
    { type: 'CommentEdited', data: { roundId, departmentId, commentId, text, actor: actor.userId, at: now } },
  ];
}

function withdrawComment(
  command: WithdrawComment,
  state: FeedbackState,
  round: OpenedRound,
): FeedbackEvent[] {
  const { roundId, departmentId, commentId, actor, now } = command.data;
  // A retried withdrawal finds the comment already withdrawn and changes nothing.
  if (state.comments[commentId]?.withdrawn && speaksFor(actor, departmentId)) return [];
  ownLiveCommentBeforeClose(actor, departmentId, state, commentId, round);
  const reason = command.data.reason?.trim() || null;
  return [
    {
      type: 'CommentWithdrawn',
      data: { roundId, departmentId, commentId, reason, actor: actor.userId, at: now },
    },
  ];
}

function replyToComment(command: ReplyToComment, state: FeedbackState, round: OpenedRound): FeedbackEvent[] {
  const { roundId, departmentId, commentId, replyId, actor, now } = command.data;
  const side = isDrafter(actor) ? 'drafter' : speaksFor(actor, departmentId) ? 'department' : null;
  if (side === null) refuse('FORBIDDEN', 'only the drafting team or the commenting department replies');
  const comment = existingComment(state, commentId);
  if (comment.withdrawn) refuse('STAGE_VIOLATION', 'comment was withdrawn', { commentId });
  // Drafters explain dispositions after the close; the department's say ends with the round.
  if (side === 'department' && round.status !== 'open') refuse('STAGE_VIOLATION', 'round is closed');
  if (isBlank(replyId)) refuse('BAD_USER_INPUT', 'a reply needs an id');
  if (comment.replyIds.includes(replyId)) refuse('ALREADY_EXISTS', 'reply already posted', { replyId });
  if (isBlank(command.data.text)) refuse('BAD_USER_INPUT', 'a reply needs text');
  const text = command.data.text.trim();
  return [
    {
      type: 'CommentReplied',
      data: { roundId, departmentId, commentId, replyId, text, side, actor: actor.userId, at: now },
    },
  ];
}

/** Dispositions may be recorded, and changed, at any time: each is a new event, history stays. */
function recordDisposition(command: RecordDisposition, state: FeedbackState): FeedbackEvent[] {
  const { roundId, departmentId, commentId, actor, now } = command.data;
  if (!isDrafter(actor)) refuse('FORBIDDEN', 'only the drafting team records dispositions');
  const comment = existingComment(state, commentId);
  if (comment.withdrawn) refuse('STAGE_VIOLATION', 'comment was withdrawn', { commentId });
  const disposition = checkDisposition(command.data);
  if (sameDisposition(comment.disposition, disposition)) return [];
  return [
    {
      type: 'DispositionRecorded',
      data: { roundId, departmentId, commentId, ...disposition, actor: actor.userId, at: now },
    },
  ];
}

function roundOf(command: FeedbackCommand, round: RoundState): OpenedRound {
  if (round.status === 'notOpened') return refuse('NOT_FOUND', 'round not opened');
  if (round.roundId !== command.data.roundId) {
    const { roundId } = command.data;
    refuse('BAD_USER_INPUT', 'round state is not the round of the command', { roundId });
  }
  return round;
}

/** Returns whether the answer is late; refuses when the department may not answer now. */
function requireAnswerWindow(
  actor: ConsultationActor,
  departmentId: string,
  round: OpenedRound,
  now: string,
): boolean {
  if (!speaksFor(actor, departmentId)) refuse('FORBIDDEN', 'users answer only for their own department');
  const window = roundWindowFor(round, departmentId, now);
  if (window.accepts) return window.late;
  if (window.why === 'notInvited') {
    return refuse('FORBIDDEN', 'department is not invited', { departmentId });
  }
  return refuse('STAGE_VIOLATION', 'round does not accept answers now', { why: window.why });
}

function ownLiveCommentBeforeClose(
  actor: ConsultationActor,
  departmentId: string,
  state: FeedbackState,
  commentId: string,
  round: OpenedRound,
): FeedbackCommentState {
  if (!speaksFor(actor, departmentId)) refuse('FORBIDDEN', "nobody changes another department's comment");
  const comment = existingComment(state, commentId);
  if (comment.withdrawn) refuse('STAGE_VIOLATION', 'comment was withdrawn', { commentId });
  if (round.status !== 'open') refuse('STAGE_VIOLATION', 'round is closed');
  // Once the drafting team has answered, the department argues in the thread, not by rewriting.
  if (comment.disposition) refuse('CONFLICT', 'the comment already has a disposition', { commentId });
  return comment;
}

function existingComment(state: FeedbackState, commentId: string): FeedbackCommentState {
  return state.comments[commentId] ?? refuse('NOT_FOUND', 'no such comment', { commentId });
}
