import type { ConsultationDocumentType } from './deadline';
import { deadlineHasPassed } from './deadline';
import type { RoundEvent } from './round-messages';

export interface NotOpenedRound {
  status: 'notOpened';
}

export interface OpenedRound {
  status: 'open' | 'closed';
  roundId: string;
  planId: string;
  roundNumber: number;
  consultationRevision: number;
  documentType: ConsultationDocumentType;
  invitedDepartmentIds: readonly string[];
  deadline: string;
  lateDepartmentIds: readonly string[];
  closedAt: string | null;
  /** Departments recorded as 逾期未反馈，视为无意见 when the round closed. */
  noObjectionDepartmentIds: readonly string[];
}

/** Also the round snapshot the department decider reads as its second state. */
export type RoundState = NotOpenedRound | OpenedRound;

export const initialRoundState: RoundState = { status: 'notOpened' };

export function evolveRound(state: RoundState, event: RoundEvent): RoundState {
  if (event.type === 'ConsultationRoundOpened') {
    const { roundId, planId, roundNumber, consultationRevision, documentType } = event.data;
    return {
      status: 'open',
      roundId,
      planId,
      roundNumber,
      consultationRevision,
      documentType,
      invitedDepartmentIds: event.data.invitedDepartmentIds,
      deadline: event.data.deadline,
      lateDepartmentIds: [],
      closedAt: null,
      noObjectionDepartmentIds: [],
    };
  }
  if (state.status === 'notOpened') return state;
  switch (event.type) {
    case 'LateSubmissionAllowed':
      return { ...state, lateDepartmentIds: [...state.lateDepartmentIds, event.data.departmentId] };
    case 'ConsultationRoundClosed':
      return { ...state, status: 'closed', closedAt: event.data.at };
    case 'NoObjectionRecorded':
      return {
        ...state,
        noObjectionDepartmentIds: [...state.noObjectionDepartmentIds, event.data.departmentId],
      };
  }
}

export type RoundWindow =
  | { accepts: false; why: 'notOpened' | 'closed' | 'notInvited' | 'deadlinePassed' }
  | { accepts: true; late: boolean };

/**
 * Whether a department may still answer: the round is open and either the deadline has not passed
 * or the department was allowed to answer late (its answers are then marked late).
 */
export function roundWindowFor(round: RoundState, departmentId: string, now: string): RoundWindow {
  if (round.status === 'notOpened') return { accepts: false, why: 'notOpened' };
  if (round.status === 'closed') return { accepts: false, why: 'closed' };
  if (!round.invitedDepartmentIds.includes(departmentId)) return { accepts: false, why: 'notInvited' };
  if (!deadlineHasPassed(round.deadline, now)) return { accepts: true, late: false };
  if (round.lateDepartmentIds.includes(departmentId)) return { accepts: true, late: true };
  return { accepts: false, why: 'deadlinePassed' };
}
