import type { DispositionKind, FeedbackEvent, PlanChangeReference } from './feedback-messages';

export interface CurrentDisposition {
  disposition: DispositionKind;
  reason: string | null;
  implementedBy: readonly PlanChangeReference[];
}

/** Only what the feedback rules need; the full thread lives in the comment view. */
export interface FeedbackCommentState {
  text: string;
  withdrawn: boolean;
  replyIds: readonly string[];
  disposition: CurrentDisposition | null;
}

export interface FeedbackState {
  noObjectionAnswered: boolean;
  comments: Readonly<Record<string, FeedbackCommentState>>;
}

export const initialFeedbackState: FeedbackState = { noObjectionAnswered: false, comments: {} };

export function evolveFeedback(state: FeedbackState, event: FeedbackEvent): FeedbackState {
  switch (event.type) {
    case 'CommentSubmitted':
      return withComment(state, event.data.commentId, {
        text: event.data.text,
        withdrawn: false,
        replyIds: [],
        disposition: null,
      });
    case 'CommentEdited':
      return updateComment(state, event.data.commentId, () => ({ text: event.data.text }));
    case 'CommentWithdrawn':
      return updateComment(state, event.data.commentId, () => ({ withdrawn: true }));
    case 'CommentReplied':
      return updateComment(state, event.data.commentId, (comment) => ({
        replyIds: [...comment.replyIds, event.data.replyId],
      }));
    case 'DispositionRecorded': {
      const { disposition, reason, implementedBy } = event.data;
      return updateComment(state, event.data.commentId, () => ({
        disposition: { disposition, reason, implementedBy },
      }));
    }
    case 'NoObjectionAnswered':
      return { ...state, noObjectionAnswered: true };
  }
}

/**
 * The department answered the round: it has a comment it did not withdraw, or it said 无意见.
 * The app passes the departments for which this holds to CloseRound.
 */
export function departmentHasResponded(state: FeedbackState): boolean {
  return state.noObjectionAnswered || Object.values(state.comments).some((c) => !c.withdrawn);
}

function withComment(state: FeedbackState, commentId: string, comment: FeedbackCommentState): FeedbackState {
  return { ...state, comments: { ...state.comments, [commentId]: comment } };
}

function updateComment(
  state: FeedbackState,
  commentId: string,
  change: (comment: FeedbackCommentState) => Partial<FeedbackCommentState>,
): FeedbackState {
  const comment = state.comments[commentId];
  if (!comment) return state;
  return withComment(state, commentId, { ...comment, ...change(comment) });
}
