import { isCoordinator, isDrafter } from '../actor';
import { isBlank, refuse } from '../errors';
import {
  assertDeadlineLongEnough,
  CONSULTATION_DOCUMENT_TYPES,
  deadlineHasPassed,
  parseInstant,
} from './deadline';
import type {
  AllowLateSubmission,
  CloseRound,
  OpenRound,
  RoundCommand,
  RoundEvent,
} from './round-messages';
import type { OpenedRound, RoundState } from './round-state';

export function decideRound(command: RoundCommand, state: RoundState): RoundEvent[] {
  switch (command.type) {
    case 'OpenRound':
      return openRound(command, state);
    case 'AllowLateSubmission':
      return allowLateSubmission(command, requireOpen(state));
    case 'CloseRound':
      return closeRound(command, requireOpen(state));
  }
}

function openRound(command: OpenRound, state: RoundState): RoundEvent[] {
  const { actor, now, invitedDepartmentIds, roundNumber, consultationRevision } = command.data;
  if (!isDrafter(actor)) refuse('FORBIDDEN', 'only the drafting team opens a round');
  if (state.status !== 'notOpened') {
    refuse('ALREADY_EXISTS', 'round already opened', { roundId: command.data.roundId });
  }
  if (!Number.isInteger(roundNumber) || roundNumber < 1) {
    refuse('BAD_USER_INPUT', 'round number must be a positive integer', { roundNumber });
  }
  if (!Number.isInteger(consultationRevision) || consultationRevision < 0) {
    refuse('BAD_USER_INPUT', 'consultation revision must be a plan revision', {
      consultationRevision,
    });
  }
  if (!CONSULTATION_DOCUMENT_TYPES.includes(command.data.documentType)) {
    refuse('BAD_USER_INPUT', 'unknown document type', { documentType: command.data.documentType });
  }
  if (invitedDepartmentIds.length === 0 || invitedDepartmentIds.some(isBlank)) {
    refuse('BAD_USER_INPUT', 'invite at least one department, each by id');
  }
  if (new Set(invitedDepartmentIds).size !== invitedDepartmentIds.length) {
    refuse('BAD_USER_INPUT', 'a department is invited twice', { invitedDepartmentIds });
  }
  parseInstant(now, 'now');
  assertDeadlineLongEnough(command.data.documentType, now, command.data.deadline);
  return [
    {
      type: 'ConsultationRoundOpened',
      data: {
        roundId: command.data.roundId,
        planId: command.data.planId,
        roundNumber,
        consultationRevision,
        documentType: command.data.documentType,
        invitedDepartmentIds: [...invitedDepartmentIds],
        deadline: command.data.deadline,
        actor: actor.userId,
        at: now,
      },
    },
  ];
}

function allowLateSubmission(command: AllowLateSubmission, round: OpenedRound): RoundEvent[] {
  const { actor, now, departmentId, roundId } = command.data;
  if (!isDrafter(actor) && !isCoordinator(actor)) {
    refuse('FORBIDDEN', 'only the drafting team or a coordinator allows late answers');
  }
  if (!round.invitedDepartmentIds.includes(departmentId)) {
    refuse('NOT_FOUND', 'department is not invited to this round', { departmentId });
  }
  // Granting twice changes nothing; retries of the same command stay harmless.
  if (round.lateDepartmentIds.includes(departmentId)) return [];
  parseInstant(now, 'now');
  return [
    {
      type: 'LateSubmissionAllowed',
      data: {
        roundId,
        departmentId,
        reason: command.data.reason?.trim() || null,
        actor: actor.userId,
        at: now,
      },
    },
  ];
}

function closeRound(command: CloseRound, round: OpenedRound): RoundEvent[] {
  const { actor, now, roundId, respondedDepartmentIds } = command.data;
  const early = !deadlineHasPassed(round.deadline, now);
  if (early) {
    if (!isDrafter(actor)) refuse('FORBIDDEN', 'only the drafting team closes before the deadline');
    if (isBlank(command.data.reason)) {
      refuse('BAD_USER_INPUT', 'closing before the deadline needs a reason');
    }
  } else if (!isDrafter(actor) && !isCoordinator(actor)) {
    refuse('FORBIDDEN', 'only the drafting team or a coordinator closes a round');
  }
  const strangers = respondedDepartmentIds.filter((id) => !round.invitedDepartmentIds.includes(id));
  if (strangers.length > 0) {
    refuse('BAD_USER_INPUT', 'only invited departments can have answered', { strangers });
  }
  const silent = round.invitedDepartmentIds.filter((id) => !respondedDepartmentIds.includes(id));
  return [
    {
      type: 'ConsultationRoundClosed',
      data: { roundId, early, reason: command.data.reason?.trim() || null, actor: actor.userId, at: now },
    },
    ...silent.map(
      (departmentId): RoundEvent => ({
        type: 'NoObjectionRecorded',
        data: { roundId, departmentId, actor: actor.userId, at: now },
      }),
    ),
  ];
}

function requireOpen(state: RoundState): OpenedRound {
  if (state.status === 'notOpened') return refuse('NOT_FOUND', 'round not opened');
  if (state.status === 'closed') return refuse('STAGE_VIOLATION', 'round already closed');
  return state;
}
