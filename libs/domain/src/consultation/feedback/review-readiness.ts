import { refuse } from '../errors';
import type { RoundState } from '../rounds/round-state';

type CommentDispositionStatus = {
  commentId: string;
  withdrawn: boolean;
  disposition: unknown | null;
};

export interface ReviewReadiness {
  ready: boolean;
  /** Comments of the last round, not withdrawn, without a disposition. */
  undisposedCommentIds: string[];
  /** The last round has not been closed yet. */
  roundStillOpen: boolean;
}

/**
 * A plan goes to review (送审) only when every comment of its last round has a disposition; the
 * app calls this before the plan's review command, whose stream cannot see the feedback streams.
 * Withdrawn comments need none. Pass the last round's state to also require it to be closed.
 */
export function planReadyForReview(
  lastRoundComments: readonly CommentDispositionStatus[],
  lastRound?: RoundState,
): ReviewReadiness {
  const undisposedCommentIds = lastRoundComments
    .filter((comment) => !comment.withdrawn && comment.disposition === null)
    .map((comment) => comment.commentId);
  const roundStillOpen = lastRound?.status === 'open';
  const ready = undisposedCommentIds.length === 0 && !roundStillOpen;
  return { ready, undisposedCommentIds, roundStillOpen };
}

/** The same check as a guard: STAGE_VIOLATION listing what still blocks the review. */
export function assertPlanReadyForReview(
  lastRoundComments: readonly CommentDispositionStatus[],
  lastRound?: RoundState,
): void {
  const readiness = planReadyForReview(lastRoundComments, lastRound);
  if (!readiness.ready) {
    refuse('STAGE_VIOLATION', 'the last consultation round is not fully handled', {
      undisposedCommentIds: readiness.undisposedCommentIds,
      roundStillOpen: readiness.roundStillOpen,
    });
  }
}
