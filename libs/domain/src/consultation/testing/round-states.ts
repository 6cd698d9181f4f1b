import type { RoundEvent } from '../rounds/round-messages';
import { evolveRound, initialRoundState, type RoundState } from '../rounds/round-state';
import { DEADLINE_PASSED, NORMATIVE_DEADLINE, OPENED_AT } from './fixtures';

/** Round snapshots for the feedback specs: round r1 inviting 区教委 and 区交通局, revision 42. */
const opened: RoundEvent = {
  type: 'ConsultationRoundOpened',
  data: {
    roundId: 'r1',
    planId: 'plan-1',
    roundNumber: 1,
    consultationRevision: 42,
    documentType: 'normativeDocument',
    invitedDepartmentIds: ['区教委', '区交通局'],
    deadline: NORMATIVE_DEADLINE,
    actor: 'u-drafter',
    at: OPENED_AT,
  },
};

const fold = (events: RoundEvent[]): RoundState => events.reduce(evolveRound, initialRoundState);

export const openRoundState = fold([opened]);

export const lateAllowedForTransportState = fold([
  opened,
  { type: 'LateSubmissionAllowed', data: { roundId: 'r1', departmentId: '区交通局', reason: null, actor: 'u-coordinator', at: DEADLINE_PASSED } },
]);

export const closedRoundState = fold([
  opened,
  { type: 'ConsultationRoundClosed', data: { roundId: 'r1', early: false, reason: null, actor: 'u-coordinator', at: DEADLINE_PASSED } },
]);
