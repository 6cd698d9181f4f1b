import { deciderSpec } from '../testing/decider-spec';
import {
  BEFORE_DEADLINE,
  coordinator,
  DEADLINE_PASSED,
  drafter,
  educationClerk,
  NORMATIVE_DEADLINE,
  OPENED_AT,
} from '../testing/fixtures';
import { decideRound } from './round-decider';
import type { CloseRound, OpenRound, RoundEvent } from './round-messages';
import { evolveRound, initialRoundState } from './round-state';

const spec = deciderSpec({ decide: decideRound, evolve: evolveRound, initialState: initialRoundState });

const openRound = (overrides: Partial<OpenRound['data']> = {}): OpenRound => ({
  type: 'OpenRound',
  data: {
    roundId: 'r1',
    planId: 'plan-1',
    roundNumber: 1,
    consultationRevision: 42,
    documentType: 'normativeDocument',
    invitedDepartmentIds: ['区教委', '区交通局', '区民政局'],
    deadline: NORMATIVE_DEADLINE,
    actor: drafter,
    now: OPENED_AT,
    ...overrides,
  },
});

const opened: RoundEvent = {
  type: 'ConsultationRoundOpened',
  data: {
    roundId: 'r1',
    planId: 'plan-1',
    roundNumber: 1,
    consultationRevision: 42,
    documentType: 'normativeDocument',
    invitedDepartmentIds: ['区教委', '区交通局', '区民政局'],
    deadline: NORMATIVE_DEADLINE,
    actor: 'u-drafter',
    at: OPENED_AT,
  },
};

const closeRound = (overrides: Partial<CloseRound['data']> = {}): CloseRound => ({
  type: 'CloseRound',
  data: { roundId: 'r1', respondedDepartmentIds: ['区教委'], actor: coordinator, now: DEADLINE_PASSED, ...overrides },
});

describe('OpenRound', () => {
  it('given nothing, when the drafting team opens a round, then it is opened on the frozen revision', () => {
    spec.given([]).when(openRound()).then([opened]);
  });

  it('given an opened round, when it is opened again, then ALREADY_EXISTS', () => {
    spec.given([opened]).when(openRound()).thenRefuses('ALREADY_EXISTS');
  });

  it('given nothing, when a department user opens a round, then FORBIDDEN', () => {
    spec.given([]).when(openRound({ actor: educationClerk })).thenRefuses('FORBIDDEN');
  });

  it('given nothing, when a 规范性文件 deadline is under 7 working days, then BAD_USER_INPUT', () => {
    spec.given([]).when(openRound({ deadline: '2024-03-12' })).thenRefuses('BAD_USER_INPUT');
  });

  it('given nothing, when a 规章 deadline is under 30 days, then BAD_USER_INPUT', () => {
    spec.given([]).when(openRound({ documentType: 'regulation' })).thenRefuses('BAD_USER_INPUT');
  });

  it.each([
    ['no department', { invitedDepartmentIds: [] }],
    ['a department twice', { invitedDepartmentIds: ['区教委', '区教委'] }],
    ['round number 0', { roundNumber: 0 }],
    ['a negative revision', { consultationRevision: -1 }],
    ['an unreadable now', { now: 'yesterday' }],
  ])('given nothing, when the round has %s, then BAD_USER_INPUT', (_, overrides) => {
    spec.given([]).when(openRound(overrides)).thenRefuses('BAD_USER_INPUT');
  });
});

describe('AllowLateSubmission', () => {
  const allowLate = (departmentId: string, actor = coordinator) => ({
    type: 'AllowLateSubmission' as const,
    data: { roundId: 'r1', departmentId, reason: '主要负责同志出差', actor, now: DEADLINE_PASSED },
  });

  it('given an open round, when a coordinator lets a department answer late, then it is recorded', () => {
    spec.given([opened]).when(allowLate('区交通局')).then([
      {
        type: 'LateSubmissionAllowed',
        data: { roundId: 'r1', departmentId: '区交通局', reason: '主要负责同志出差', actor: 'u-coordinator', at: DEADLINE_PASSED },
      },
    ]);
  });

  it('given a department already allowed, when allowed again, then nothing happens', () => {
    const allowed: RoundEvent = {
      type: 'LateSubmissionAllowed',
      data: { roundId: 'r1', departmentId: '区交通局', reason: null, actor: 'u-coordinator', at: DEADLINE_PASSED },
    };
    spec.given([opened, allowed]).when(allowLate('区交通局')).thenNothingHappens();
  });

  it('given an open round, when the department is not invited, then NOT_FOUND', () => {
    spec.given([opened]).when(allowLate('区档案馆')).thenRefuses('NOT_FOUND');
  });

  it('given an open round, when a department user allows itself, then FORBIDDEN', () => {
    spec.given([opened]).when(allowLate('区教委', educationClerk)).thenRefuses('FORBIDDEN');
  });

  it('given no round, when a late answer is allowed, then NOT_FOUND', () => {
    spec.given([]).when(allowLate('区教委')).thenRefuses('NOT_FOUND');
  });
});

describe('CloseRound', () => {
  it('given an open round past its deadline, when a coordinator closes it, then silent departments are recorded as 无意见', () => {
    spec.given([opened]).when(closeRound()).then([
      {
        type: 'ConsultationRoundClosed',
        data: { roundId: 'r1', early: false, reason: null, actor: 'u-coordinator', at: DEADLINE_PASSED },
      },
      { type: 'NoObjectionRecorded', data: { roundId: 'r1', departmentId: '区交通局', actor: 'u-coordinator', at: DEADLINE_PASSED } },
      { type: 'NoObjectionRecorded', data: { roundId: 'r1', departmentId: '区民政局', actor: 'u-coordinator', at: DEADLINE_PASSED } },
    ]);
  });

  it('given every department answered, when the round closes, then no 无意见 is recorded', () => {
    spec
      .given([opened])
      .when(closeRound({ respondedDepartmentIds: ['区教委', '区交通局', '区民政局'] }))
      .then([
        {
          type: 'ConsultationRoundClosed',
          data: { roundId: 'r1', early: false, reason: null, actor: 'u-coordinator', at: DEADLINE_PASSED },
        },
      ]);
  });

  it('given an open round before its deadline, when the drafting team closes it with a reason, then it closes early', () => {
    const events = decideRound(
      closeRound({ actor: drafter, now: BEFORE_DEADLINE, reason: '各单位均已反馈', respondedDepartmentIds: ['区教委', '区交通局', '区民政局'] }),
      evolveRound(initialRoundState, opened),
    );
    expect(events).toEqual([
      {
        type: 'ConsultationRoundClosed',
        data: { roundId: 'r1', early: true, reason: '各单位均已反馈', actor: 'u-drafter', at: BEFORE_DEADLINE },
      },
    ]);
  });

  it('given an open round before its deadline, when the drafting team gives no reason, then BAD_USER_INPUT', () => {
    spec.given([opened]).when(closeRound({ actor: drafter, now: BEFORE_DEADLINE })).thenRefuses('BAD_USER_INPUT');
  });

  it('given an open round before its deadline, when a coordinator closes it, then FORBIDDEN', () => {
    spec.given([opened]).when(closeRound({ now: BEFORE_DEADLINE, reason: '提前结束' })).thenRefuses('FORBIDDEN');
  });

  it('given an open round past its deadline, when a department user closes it, then FORBIDDEN', () => {
    spec.given([opened]).when(closeRound({ actor: educationClerk })).thenRefuses('FORBIDDEN');
  });

  it('given an open round, when an uninvited department is said to have answered, then BAD_USER_INPUT', () => {
    spec.given([opened]).when(closeRound({ respondedDepartmentIds: ['区档案馆'] })).thenRefuses('BAD_USER_INPUT');
  });

  it('given a closed round, when it is closed again, then STAGE_VIOLATION', () => {
    const closed = decideRound(closeRound(), evolveRound(initialRoundState, opened));
    spec.given([opened, ...closed]).when(closeRound()).thenRefuses('STAGE_VIOLATION');
  });

  it('given a closed round, when its state is folded, then it lists the departments recorded as 无意见', () => {
    const closed = decideRound(closeRound(), evolveRound(initialRoundState, opened));
    const state = [opened, ...closed].reduce(evolveRound, initialRoundState);
    expect(state).toMatchObject({ status: 'closed', closedAt: DEADLINE_PASSED, noObjectionDepartmentIds: ['区交通局', '区民政局'] });
  });
});
