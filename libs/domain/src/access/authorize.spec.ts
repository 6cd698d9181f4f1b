import { AccessError } from './access-error';
import { authorize } from './authorize';
import { consultationActorFor, operatorPrincipal, type UserPrincipal } from './principal';
import type { RoleGrant } from './roles';

const principal = (grants: RoleGrant[], departmentId: string | null = '区市场监管局'): UserPrincipal => ({
  kind: 'user',
  userId: 'u-li',
  username: 'li.na',
  departmentId,
  grants,
});

function refusal(run: () => void): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AccessError);
    return (error as AccessError).code;
  }
  return 'allowed';
}

describe('authorize, the edges of the matrix', () => {
  it('lets any logged-in user change their own password, and only an admin change another user\'s', () => {
    const nobody = principal([]);
    expect(refusal(() => authorize(nobody, 'ChangePassword', { userId: 'u-li' }))).toBe('allowed');
    expect(refusal(() => authorize(nobody, 'ChangePassword', { userId: 'u-wang' }))).toBe('FORBIDDEN');
    expect(refusal(() => authorize(nobody, 'ChangePassword', {}))).toBe('FORBIDDEN');
  });

  it('refuses a department-bound action when the resource names no department (fails closed)', () => {
    const reviewer = principal([{ role: 'departmentReviewer', planId: '*' }]);
    expect(refusal(() => authorize(reviewer, 'SubmitComment', { planId: 'plan-52' }))).toBe('FORBIDDEN');
    expect(refusal(() => authorize(reviewer, 'ReadComments', { planId: 'plan-52' }))).toBe('FORBIDDEN');
  });

  it('refuses own-department actions to a reviewer whose principal has no department', () => {
    const reviewer = principal([{ role: 'departmentReviewer', planId: '*' }], null);
    expect(refusal(() => authorize(reviewer, 'SubmitComment', { planId: 'plan-52', departmentId: '区市场监管局' }))).toBe('FORBIDDEN');
  });

  it('allows a plan action without a plan only through a grant on every plan', () => {
    expect(refusal(() => authorize(principal([{ role: 'auditor', planId: '*' }]), 'Verify'))).toBe('allowed');
    expect(refusal(() => authorize(principal([{ role: 'auditor', planId: 'plan-52' }]), 'Verify'))).toBe('FORBIDDEN');
  });

  it('combines grants: a reviewer everywhere who drafts one plan edits only that plan', () => {
    const user = principal([
      { role: 'departmentReviewer', planId: '*' },
      { role: 'drafter', planId: 'plan-52' },
    ]);
    expect(refusal(() => authorize(user, 'EditNodeText', { planId: 'plan-52' }))).toBe('allowed');
    expect(refusal(() => authorize(user, 'EditNodeText', { planId: 'plan-53' }))).toBe('FORBIDDEN');
    expect(refusal(() => authorize(user, 'SubmitComment', { planId: 'plan-53', departmentId: '区市场监管局' }))).toBe('allowed');
  });

  it('lets an admin of one plan manage that plan\'s grants but not grants on every plan', () => {
    const planAdmin = principal([{ role: 'admin', planId: 'plan-52' }]);
    expect(refusal(() => authorize(planAdmin, 'GrantRole', { planId: 'plan-52' }))).toBe('allowed');
    expect(refusal(() => authorize(planAdmin, 'GrantRole', { planId: '*' }))).toBe('FORBIDDEN');
    expect(refusal(() => authorize(planAdmin, 'RegisterUser'))).toBe('FORBIDDEN');
  });

  it('treats an operator tool as an admin of every plan', () => {
    expect(refusal(() => authorize(operatorPrincipal('cli'), 'RegisterUser'))).toBe('allowed');
    expect(refusal(() => authorize(operatorPrincipal('cli'), 'GrantRole', { planId: '*' }))).toBe('allowed');
  });
});

describe('consultationActorFor', () => {
  it('makes drafters of the plan the drafting team and admins also coordinators', () => {
    expect(consultationActorFor(principal([{ role: 'drafter', planId: 'plan-52' }]), 'plan-52')).toEqual({
      userId: 'u-li',
      departmentId: null,
      roles: ['drafter'],
    });
    expect(consultationActorFor(principal([{ role: 'admin', planId: '*' }]), 'plan-52').roles).toEqual(['drafter', 'coordinator']);
  });

  it('lets a user speak for their department only on plans they review', () => {
    const reviewer = principal([{ role: 'departmentReviewer', planId: 'plan-52' }]);
    expect(consultationActorFor(reviewer, 'plan-52')).toEqual({ userId: 'u-li', departmentId: '区市场监管局', roles: [] });
    expect(consultationActorFor(reviewer, 'plan-53').departmentId).toBeNull();
  });
});
