import type { CommentAnchor } from '../anchors/anchor';
import type {
  CommentSubmitted,
  DispositionKind,
  FeedbackEvent,
  NoObjectionAnswered,
  PlanChangeReference,
} from './feedback-messages';

export interface CommentReplyView {
  replyId: string;
  text: string;
  side: 'drafter' | 'department';
  authorUserId: string;
  at: string;
}

export interface DispositionView {
  disposition: DispositionKind;
  reason: string | null;
  implementedBy: PlanChangeReference[];
  recordedBy: string;
  at: string;
}

/** A comment as people read it: its thread and every disposition it was given, newest last. */
export interface ConsultationComment {
  roundId: string;
  departmentId: string;
  commentId: string;
  consultationRevision: number;
  anchor: CommentAnchor;
  text: string;
  authorUserId: string;
  submittedAt: string;
  late: boolean;
  editedAt: string | null;
  withdrawn: boolean;
  replies: CommentReplyView[];
  /** The current disposition: the last one recorded. */
  disposition: DispositionView | null;
  dispositionHistory: DispositionView[];
}

export interface NoObjectionAnswerView {
  departmentId: string;
  late: boolean;
  at: string;
}

export interface RoundFeedbackView {
  comments: ConsultationComment[];
  noObjectionAnswers: NoObjectionAnswerView[];
}

/**
 * Folds the events of a round's department streams (concatenated in any stream order, each stream
 * in its own order) into comments and 无意见 answers, comments in the order their submissions appear.
 */
export function projectRoundFeedback(events: readonly FeedbackEvent[]): RoundFeedbackView {
  const comments = new Map<string, ConsultationComment>();
  const noObjectionAnswers: NoObjectionAnswerView[] = [];
  for (const event of events) {
    if (event.type === 'NoObjectionAnswered') {
      const { departmentId, late, at } = event.data;
      noObjectionAnswers.push({ departmentId, late, at });
      continue;
    }
    // Comment ids come from clients and are unique within a department's stream only.
    const key = `${event.data.departmentId}/${event.data.commentId}`;
    if (event.type === 'CommentSubmitted') {
      comments.set(key, submittedComment(event));
      continue;
    }
    const comment = comments.get(key);
    if (comment) comments.set(key, applyToComment(comment, event));
  }
  return { comments: [...comments.values()], noObjectionAnswers };
}

function submittedComment(event: CommentSubmitted): ConsultationComment {
  const { roundId, departmentId, commentId, consultationRevision, anchor, text, late } = event.data;
  return {
    roundId,
    departmentId,
    commentId,
    consultationRevision,
    anchor,
    text,
    authorUserId: event.data.actor,
    submittedAt: event.data.at,
    late,
    editedAt: null,
    withdrawn: false,
    replies: [],
    disposition: null,
    dispositionHistory: [],
  };
}

type LaterCommentEvent = Exclude<FeedbackEvent, CommentSubmitted | NoObjectionAnswered>;

function applyToComment(comment: ConsultationComment, event: LaterCommentEvent): ConsultationComment {
  switch (event.type) {
    case 'CommentEdited':
      return { ...comment, text: event.data.text, editedAt: event.data.at };
    case 'CommentWithdrawn':
      return { ...comment, withdrawn: true };
    case 'CommentReplied': {
      const { replyId, text, side, actor, at } = event.data;
      return { ...comment, replies: [...comment.replies, { replyId, text, side, authorUserId: actor, at }] };
    }
    case 'DispositionRecorded': {
      const { disposition, reason, implementedBy, actor, at } = event.data;
      const view: DispositionView = { disposition, reason, implementedBy, recordedBy: actor, at };
      return { ...comment, disposition: view, dispositionHistory: [...comment.dispositionHistory, view] };
    }
  }
}
