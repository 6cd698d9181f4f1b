import { given } from '../testing/user-spec';
import type { RegisterUser } from './user-commands';
import type { UserEvent } from './user-events';
import { evolveUser, initialUserState } from './user-state';

const AT = '2026-11-21T09:00:00+08:00';
const LATER = '2026-11-22T10:30:00+08:00';
const ADMIN = 'u-admin';
const HASH = 'scrypt$32768$8$1$c2FsdA$aGFzaA';

const register = (overrides: Partial<RegisterUser['data']> = {}): RegisterUser => ({
  type: 'RegisterUser',
  data: {
    userId: 'u-zhang',
    username: 'zhang.wei',
    displayName: '张伟',
    departmentId: '区市场监管局',
    passwordHash: HASH,
    actor: ADMIN,
    at: AT,
    ...overrides,
  },
});

const registered: UserEvent = {
  type: 'UserRegistered',
  data: {
    userId: 'u-zhang',
    username: 'zhang.wei',
    displayName: '张伟',
    departmentId: '区市场监管局',
    passwordHash: HASH,
    actor: ADMIN,
    at: AT,
  },
};

const granted = (role: 'drafter' | 'departmentReviewer' | 'auditor' | 'admin', planId: string, at = AT): UserEvent => ({
  type: 'RoleGranted',
  data: { userId: 'u-zhang', role, planId, actor: ADMIN, at },
});

const grantRole = (role: string, planId: string) => ({
  type: 'GrantRole' as const,
  data: { username: 'zhang.wei', role: role as 'drafter', planId, actor: ADMIN, at: LATER },
});

const revokeRole = (role: 'drafter' | 'departmentReviewer', planId: string, reason?: string) => ({
  type: 'RevokeRole' as const,
  data: { username: 'zhang.wei', role, planId, actor: ADMIN, at: LATER, ...(reason ? { reason } : {}) },
});

describe('RegisterUser', () => {
  it('given no user, when an admin registers one with roles, then the user and each distinct grant are recorded', () => {
    given([])
      .when(register({
        displayName: ' 张伟 ',
        grants: [
          { role: 'departmentReviewer', planId: '*' },
          { role: 'auditor', planId: 'plan-52' },
          { role: 'departmentReviewer', planId: '*' },
        ],
      }))
      .then([registered, granted('departmentReviewer', '*'), granted('auditor', 'plan-52')]);
  });

  it('given the username is taken, when it is registered again, then ALREADY_EXISTS', () => {
    given([registered]).when(register({ userId: 'u-other', displayName: '张伟（新）' })).thenRefuses('ALREADY_EXISTS');
  });

  it.each(['zhang.wei', 'liu-1', 'wang_fang', 'abc', `a${'b'.repeat(31)}`])('accepts the username %j', (username) => {
    given([]).when(register({ username })).then([{ ...registered, data: { ...registered.data, username } } as UserEvent]);
  });

  it.each(['ab', 'Zhang', '1abc', '.abc', 'zhang wei', '张伟', 'zhang@gov', `a${'b'.repeat(32)}`, ''])(
    'refuses the username %j with BAD_USER_INPUT on username',
    (username) => {
      const error = given([]).when(register({ username })).thenRefuses('BAD_USER_INPUT');
      expect(error.details.field).toBe('username');
    },
  );

  it('refuses a department reviewer without a department', () => {
    const error = given([])
      .when(register({ departmentId: null, grants: [{ role: 'departmentReviewer', planId: '*' }] }))
      .thenRefuses('BAD_USER_INPUT');
    expect(error.details.field).toBe('departmentId');
  });

  it('registers a drafter without a department', () => {
    given([])
      .when(register({ departmentId: null, grants: [{ role: 'drafter', planId: '*' }] }))
      .then([{ ...registered, data: { ...registered.data, departmentId: null } } as UserEvent, granted('drafter', '*')]);
  });

  it.each([
    ['an unknown role', { grants: [{ role: 'superuser' as 'admin', planId: '*' }] }, 'role'],
    ['a grant without a plan', { grants: [{ role: 'auditor' as const, planId: ' ' }] }, 'planId'],
    ['a plain password instead of a hash', { passwordHash: 'correct horse battery' }, 'passwordHash'],
    ['a blank display name', { displayName: '  ' }, 'displayName'],
    ['a display name of 101 characters', { displayName: '张'.repeat(101) }, 'displayName'],
    ['a department id with spaces around it', { departmentId: ' 区科技局' }, 'departmentId'],
    ['a blank user id', { userId: '' }, 'userId'],
    ['no actor', { actor: ' ' }, 'actor'],
    ['an instant without offset', { at: '2026-11-21T09:00:00' }, 'at'],
  ])('refuses %s with BAD_USER_INPUT naming the field', (_, overrides, field) => {
    const error = given([]).when(register(overrides)).thenRefuses('BAD_USER_INPUT');
    expect(error.details.field).toBe(field);
  });
});

describe('GrantRole and RevokeRole', () => {
  it('given a user, when an admin grants a role on one plan, then RoleGranted records who and when', () => {
    given([registered]).when(grantRole('drafter', 'plan-52')).then([granted('drafter', 'plan-52', LATER)]);
  });

  it('given the user holds the grant, when it is granted again, then nothing happens', () => {
    given([registered, granted('drafter', 'plan-52')]).when(grantRole('drafter', 'plan-52')).then([]);
  });

  it('given the user holds a role on every plan, when the same role is granted on one plan, then that grant is recorded too', () => {
    given([registered, granted('drafter', '*')]).when(grantRole('drafter', 'plan-52')).then([granted('drafter', 'plan-52', LATER)]);
  });

  it('refuses an unknown role', () => {
    const error = given([registered]).when(grantRole('editor', '*')).thenRefuses('BAD_USER_INPUT');
    expect(error.details.field).toBe('role');
  });

  it('refuses the reviewer role to a user without a department', () => {
    const noDepartment = { ...registered, data: { ...registered.data, departmentId: null } } as UserEvent;
    const error = given([noDepartment]).when(grantRole('departmentReviewer', '*')).thenRefuses('BAD_USER_INPUT');
    expect(error.details.field).toBe('departmentId');
  });

  it('refuses to grant to a user who does not exist', () => {
    given([]).when(grantRole('drafter', '*')).thenRefuses('NOT_FOUND');
  });

  it('given a grant, when it is revoked with a reason, then RoleRevoked records it', () => {
    given([registered, granted('departmentReviewer', '*')])
      .when(revokeRole('departmentReviewer', '*', '调离岗位'))
      .then([
        {
          type: 'RoleRevoked',
          data: { userId: 'u-zhang', role: 'departmentReviewer', planId: '*', reason: '调离岗位', actor: ADMIN, at: LATER },
        },
      ]);
  });

  it('refuses to revoke a grant the user does not hold, even when a wider grant covers it', () => {
    given([registered, granted('drafter', '*')]).when(revokeRole('drafter', 'plan-52')).thenRefuses('NOT_FOUND');
  });
});

describe('ChangePassword', () => {
  const change = (passwordHash: string, username = 'zhang.wei') => ({
    type: 'ChangePassword' as const,
    data: { username, passwordHash, actor: 'u-zhang', at: LATER },
  });

  it('given a user, when the password changes, then PasswordChanged carries the new hash', () => {
    given([registered])
      .when(change('scrypt$32768$8$1$bmV3$bmV3aGFzaA'))
      .then([{ type: 'PasswordChanged', data: { userId: 'u-zhang', passwordHash: 'scrypt$32768$8$1$bmV3$bmV3aGFzaA', actor: 'u-zhang', at: LATER } }]);
  });

  it('refuses a password that is not a hash, and a user that does not exist', () => {
    given([registered]).when(change('hunter2hunter2')).thenRefuses('BAD_USER_INPUT');
    given([]).when(change(HASH)).thenRefuses('NOT_FOUND');
  });
});

describe('evolveUser', () => {
  it('folds grants, revocations and password changes into the account', () => {
    const history: UserEvent[] = [
      registered,
      granted('drafter', '*'),
      granted('auditor', 'plan-52'),
      { type: 'RoleRevoked', data: { userId: 'u-zhang', role: 'drafter', planId: '*', reason: null, actor: ADMIN, at: LATER } },
      { type: 'PasswordChanged', data: { userId: 'u-zhang', passwordHash: 'scrypt$new', actor: 'u-zhang', at: LATER } },
    ];
    expect(history.reduce(evolveUser, initialUserState())).toEqual({
      userId: 'u-zhang',
      username: 'zhang.wei',
      displayName: '张伟',
      departmentId: '区市场监管局',
      passwordHash: 'scrypt$new',
      passwordSetAt: LATER,
      grants: [{ role: 'auditor', planId: 'plan-52' }],
    });
  });
});
