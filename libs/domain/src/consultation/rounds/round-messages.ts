import type { ConsultationActor } from '../actor';
import type { ConsultationDocumentType } from './deadline';

export function consultationRoundStreamId(roundId: string): string {
  return `consultation-round-${roundId}`;
}

export interface OpenRound {
  type: 'OpenRound';
  data: {
    roundId: string;
    planId: string;
    /** 1 for the first round of the plan, 2 for the second… */
    roundNumber: number;
    /** The plan revision frozen as the consultation draft (征求意见稿) of this round. */
    consultationRevision: number;
    documentType: ConsultationDocumentType;
    invitedDepartmentIds: string[];
    /** Last day (yyyy-mm-dd, Beijing time) on which answers are accepted. */
    deadline: string;
    actor: ConsultationActor;
    now: string;
  };
}

export interface AllowLateSubmission {
  type: 'AllowLateSubmission';
  data: {
    roundId: string;
    departmentId: string;
    reason?: string;
    actor: ConsultationActor;
    now: string;
  };
}

export interface CloseRound {
  type: 'CloseRound';
  data: {
    roundId: string;
    /**
     * Invited departments that answered (a comment not withdrawn, or an explicit 无意见), read by
     * the app from the department streams with `departmentHasResponded`. Each department writes to
     * its own stream so fifty of them never contend on the round; the price is that this decider
     * cannot see their answers and takes them as input.
     */
    respondedDepartmentIds: string[];
    /** Required when the drafting team closes before the deadline has passed. */
    reason?: string;
    actor: ConsultationActor;
    now: string;
  };
}

export type RoundCommand = OpenRound | AllowLateSubmission | CloseRound;

export interface ConsultationRoundOpened {
  type: 'ConsultationRoundOpened';
  data: {
    roundId: string;
    planId: string;
    roundNumber: number;
    consultationRevision: number;
    documentType: ConsultationDocumentType;
    invitedDepartmentIds: string[];
    deadline: string;
    actor: string;
    at: string;
  };
}

export interface LateSubmissionAllowed {
  type: 'LateSubmissionAllowed';
  data: { roundId: string; departmentId: string; reason: string | null; actor: string; at: string };
}

export interface ConsultationRoundClosed {
  type: 'ConsultationRoundClosed';
  data: {
    roundId: string;
    /** Closed before the deadline had passed (only the drafting team, with a reason). */
    early: boolean;
    reason: string | null;
    actor: string;
    at: string;
  };
}

/** 逾期未反馈，视为无意见: written for each silent department when the round closes. */
export interface NoObjectionRecorded {
  type: 'NoObjectionRecorded';
  data: { roundId: string; departmentId: string; actor: string; at: string };
}

export type RoundEvent =
  | ConsultationRoundOpened
  | LateSubmissionAllowed
  | ConsultationRoundClosed
  | NoObjectionRecorded;
