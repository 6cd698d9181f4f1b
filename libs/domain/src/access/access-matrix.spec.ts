import { AccessError } from './access-error';
import { ACCESS_MATRIX } from './access-matrix';
import { ACTIONS, READ_ACTIONS, type AccessResource, type Action } from './actions';
import { authorize, isAllowed } from './authorize';
import { ANONYMOUS, type Principal, type UserPrincipal } from './principal';
import { ROLES, type Role } from './roles';

/**
 * The matrix, written out independently of ACCESS_MATRIX: what each role may do for any
 * department, and what only for its own department. Every action × every role is walked below.
 */
const DEPARTMENT_VOICE: Action[] = ['SubmitComment', 'AnswerNoObjection', 'EditComment', 'WithdrawComment'];
const PLAN_WRITES: Action[] = [
  'CreatePlan', 'ImportPlanText', 'SetMetadata', 'EditNodeText', 'InsertNode', 'DeleteNode', 'MoveNode',
  'ChangeNodeLevel', 'SetResponsibleUnits', 'StartConsultation', 'StartRevision', 'StartReview', 'IssuePlan',
  'StartAmendment', 'TagVersion',
];
const ROUND_AND_DISPOSITION: Action[] = ['RegisterDepartment', 'OpenRound', 'AllowLateSubmission', 'CloseRound', 'ReplyToComment', 'RecordDisposition'];

const EXPECTED: Record<Role, { anyDepartment: Action[]; ownDepartmentOnly: Action[] }> = {
  drafter: {
    anyDepartment: [...PLAN_WRITES, ...ROUND_AND_DISPOSITION, 'ReadPlan', 'ReadHistory', 'ReadComments', 'ReadAdoptionReport'],
    ownDepartmentOnly: [],
  },
  departmentReviewer: {
    anyDepartment: ['ReadPlan'],
    ownDepartmentOnly: [...DEPARTMENT_VOICE, 'ReplyToComment', 'ReadComments'],
  },
  auditor: { anyDepartment: [...READ_ACTIONS], ownDepartmentOnly: [] },
  admin: {
    anyDepartment: ACTIONS.filter((action) => !DEPARTMENT_VOICE.includes(action)),
    ownDepartmentOnly: DEPARTMENT_VOICE,
  },
};

/** Actions that are not about one plan: only a grant on every plan allows them. */
const ALL_PLANS_ONLY: Action[] = ['CreatePlan', 'RegisterDepartment', 'RegisterUser', 'ChangePassword'];

const OWN = '区市场监管局';
const OTHER = '区科技局';
const PLAN = 'plan-52';

const userWith = (role: Role, planId: string): UserPrincipal => ({
  kind: 'user',
  userId: `u-${role}`,
  username: role.toLowerCase(),
  departmentId: OWN,
  grants: [{ role, planId }],
});

/** 'allowed', or the code authorize refused with; anything else thrown fails the spec. */
function outcome(principal: Principal, action: Action, resource: AccessResource): string {
  try {
    authorize(principal, action, resource);
  } catch (error) {
    if (!(error instanceof AccessError)) throw error;
    expect(isAllowed(principal, action, resource)).toBe(false);
    return error.code;
  }
  expect(isAllowed(principal, action, resource)).toBe(true);
  return 'allowed';
}

const expectedFor = (allowed: boolean) => (allowed ? 'allowed' : 'FORBIDDEN');

describe('ACCESS_MATRIX', () => {
  it('has a rule for every action and a permission for every role, and nothing else', () => {
    expect(Object.keys(ACCESS_MATRIX).sort()).toEqual([...ACTIONS].sort());
    for (const rule of Object.values(ACCESS_MATRIX)) expect(Object.keys(rule.roles).sort()).toEqual([...ROLES].sort());
  });

  it('names each action once', () => {
    expect(new Set(ACTIONS).size).toBe(ACTIONS.length);
  });
});

describe.each(ACTIONS.map((action) => [action]))('authorize %s', (action) => {
  const otherUsersAccount = { userId: 'u-someone-else' };

  it.each(ROLES.map((role) => [role]))('for a %s on every plan: as expected for their own and another department', (role) => {
    const principal = userWith(role, '*');
    const { anyDepartment, ownDepartmentOnly } = EXPECTED[role];
    const forOwn = anyDepartment.includes(action) || ownDepartmentOnly.includes(action);
    expect(outcome(principal, action, { planId: PLAN, departmentId: OWN, ...otherUsersAccount })).toBe(expectedFor(forOwn));
    expect(outcome(principal, action, { planId: PLAN, departmentId: OTHER, ...otherUsersAccount })).toBe(
      expectedFor(anyDepartment.includes(action)),
    );
  });

  it.each(ROLES.map((role) => [role]))('for a %s on this plan only: as on every plan, except for actions beyond one plan', (role) => {
    const principal = userWith(role, PLAN);
    const { anyDepartment, ownDepartmentOnly } = EXPECTED[role];
    const allowed = (anyDepartment.includes(action) || ownDepartmentOnly.includes(action)) && !ALL_PLANS_ONLY.includes(action);
    expect(outcome(principal, action, { planId: PLAN, departmentId: OWN, ...otherUsersAccount })).toBe(expectedFor(allowed));
  });

  it.each(ROLES.map((role) => [role]))('for a %s on another plan: FORBIDDEN', (role) => {
    const principal = userWith(role, 'plan-other');
    expect(outcome(principal, action, { planId: PLAN, departmentId: OWN, ...otherUsersAccount })).toBe('FORBIDDEN');
  });

  it('for an anonymous request: UNAUTHENTICATED', () => {
    expect(outcome(ANONYMOUS, action, { planId: PLAN, departmentId: OWN })).toBe('UNAUTHENTICATED');
  });
});
