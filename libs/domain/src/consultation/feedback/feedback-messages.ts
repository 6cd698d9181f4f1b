import type { ConsultationActor } from '../actor';
import type { CommentAnchor, TextRange } from '../anchors/anchor';

/**
 * One stream per (round, department): a department's comments, the replies in its threads, its
 * withdrawals, its 无意见 answer and the dispositions of its comments. Fifty departments commenting
 * at the deadline then never contend with each other, nor with drafters editing the plan.
 */
export function departmentFeedbackStreamId(roundId: string, departmentId: string): string {
  return `consultation-${roundId}-${departmentId}`;
}

export type DispositionKind = 'adopted' | 'partlyAdopted' | 'notAdopted' | 'alreadyCovered';

export const DISPOSITION_KINDS: readonly DispositionKind[] = [
  'adopted',
  'partlyAdopted',
  'notAdopted',
  'alreadyCovered',
];

/** A plan change that implements a disposition: a plan revision, or one plan event. */
export type PlanChangeReference = { revision: number } | { eventId: string };

/** Every command names its stream: the round and the department whose feedback it is. */
interface FeedbackCommandData {
  roundId: string;
  departmentId: string;
  actor: ConsultationActor;
  now: string;
}

export interface SubmitComment {
  type: 'SubmitComment';
  data: FeedbackCommandData & {
    /** Chosen by the client so a retried submission is recognised. */
    commentId: string;
    nodeId: string;
    /** UTF-16 range of the node's text in the consultation version; null for the whole node. */
    range: TextRange | null;
    /** The text the department selected; must equal the frozen text at `range`. */
    quotedText: string | null;
    /** The node's text in the round's consultation version, read by the app; null if absent there. */
    consultationNodeText: string | null;
    text: string;
  };
}

export interface AnswerNoObjection {
  type: 'AnswerNoObjection';
  data: FeedbackCommandData;
}

export interface EditComment {
  type: 'EditComment';
  data: FeedbackCommandData & { commentId: string; text: string };
}

export interface WithdrawComment {
  type: 'WithdrawComment';
  data: FeedbackCommandData & { commentId: string; reason?: string };
}

export interface ReplyToComment {
  type: 'ReplyToComment';
  data: FeedbackCommandData & { commentId: string; replyId: string; text: string };
}

export interface RecordDisposition {
  type: 'RecordDisposition';
  data: FeedbackCommandData & {
    commentId: string;
    disposition: DispositionKind;
    /** Required for partlyAdopted and notAdopted. */
    reason?: string;
    /** Only for adopted and partlyAdopted: the plan changes that carry the comment out. */
    implementedBy?: PlanChangeReference[];
  };
}

export type FeedbackCommand =
  | SubmitComment
  | AnswerNoObjection
  | EditComment
  | WithdrawComment
  | ReplyToComment
  | RecordDisposition;

interface FeedbackEventData {
  roundId: string;
  departmentId: string;
  actor: string;
  at: string;
}

export interface CommentSubmitted {
  type: 'CommentSubmitted';
  data: FeedbackEventData & {
    commentId: string;
    /** The plan revision the anchor refers to (the round's consultation version). */
    consultationRevision: number;
    anchor: CommentAnchor;
    text: string;
    /** Submitted after the deadline with permission. */
    late: boolean;
  };
}

export interface CommentEdited {
  type: 'CommentEdited';
  data: FeedbackEventData & { commentId: string; text: string };
}

export interface CommentWithdrawn {
  type: 'CommentWithdrawn';
  data: FeedbackEventData & { commentId: string; reason: string | null };
}

export interface CommentReplied {
  type: 'CommentReplied';
  data: FeedbackEventData & {
    commentId: string;
    replyId: string;
    text: string;
    side: 'drafter' | 'department';
  };
}

export interface NoObjectionAnswered {
  type: 'NoObjectionAnswered';
  data: FeedbackEventData & { late: boolean };
}

/** A later DispositionRecorded for the same comment replaces the current one; history stays. */
export interface DispositionRecorded {
  type: 'DispositionRecorded';
  data: FeedbackEventData & {
    commentId: string;
    disposition: DispositionKind;
    reason: string | null;
    implementedBy: PlanChangeReference[];
  };
}

export type FeedbackEvent =
  | CommentSubmitted
  | CommentEdited
  | CommentWithdrawn
  | CommentReplied
  | NoObjectionAnswered
  | DispositionRecorded;
