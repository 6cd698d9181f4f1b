import { AccessError } from '../access-error';
import { sameGrant, type RoleGrant } from '../roles';
import type { ChangePassword, GrantRole, RegisterUser, RevokeRole, UserCommand } from './user-commands';
import type { RoleGranted, UserEvent } from './user-events';
import type { UserAccount, UserState } from './user-state';
import {
  checkDepartmentId,
  checkDisplayName,
  checkGrant,
  checkMeta,
  checkPasswordHash,
  checkUserId,
  checkUsername,
} from './user-rules';

/**
 * Decides the commands of one user stream. Who may send them is decided before, by `authorize`;
 * here only the account's own rules hold. Granting a role the user already holds decides nothing.
 */
export function decideUser(command: UserCommand, state: UserState): UserEvent[] {
  checkMeta(command.data);
  switch (command.type) {
    case 'RegisterUser':
      return register(command, state);
    case 'GrantRole':
      return grant(command, existing(state, command.data.username));
    case 'RevokeRole':
      return revoke(command, existing(state, command.data.username));
    case 'ChangePassword':
      return changePassword(command, existing(state, command.data.username));
  }
}

function register(command: RegisterUser, state: UserState): UserEvent[] {
  const { userId, username, displayName, departmentId, passwordHash, actor, at } = command.data;
  checkUsername(username);
  if (state !== null) throw new AccessError('ALREADY_EXISTS', `user ${username} already exists`);
  checkUserId(userId);
  checkDisplayName(displayName);
  checkDepartmentId(departmentId);
  checkPasswordHash(passwordHash);
  const grants = distinctGrants(command.data.grants ?? []);
  for (const roleGrant of grants) checkGrant(roleGrant, departmentId);
  return [
    {
      type: 'UserRegistered',
      data: { userId, username, displayName: displayName.trim(), departmentId, passwordHash, actor, at },
    },
    ...grants.map((roleGrant): RoleGranted => ({
      type: 'RoleGranted',
      data: { userId, role: roleGrant.role, planId: roleGrant.planId, actor, at },
    })),
  ];
}

function grant(command: GrantRole, user: UserAccount): UserEvent[] {
  const { role, planId, actor, at } = command.data;
  checkGrant({ role, planId }, user.departmentId);
  if (user.grants.some((held) => sameGrant(held, { role, planId }))) return [];
  return [{ type: 'RoleGranted', data: { userId: user.userId, role, planId, actor, at } }];
}

function revoke(command: RevokeRole, user: UserAccount): UserEvent[] {
  const { role, planId, actor, at } = command.data;
  checkGrant({ role, planId }, user.departmentId);
  if (!user.grants.some((held) => sameGrant(held, { role, planId }))) {
    throw new AccessError('NOT_FOUND', `${command.data.username} does not hold ${role} on ${planId}`);
  }
  const reason = command.data.reason?.trim() || null;
  return [{ type: 'RoleRevoked', data: { userId: user.userId, role, planId, reason, actor, at } }];
}

function changePassword(command: ChangePassword, user: UserAccount): UserEvent[] {
  const { passwordHash, actor, at } = command.data;
  checkPasswordHash(passwordHash);
  return [{ type: 'PasswordChanged', data: { userId: user.userId, passwordHash, actor, at } }];
}

/** The account the command names; the stream is routed by username, so they must agree. */
function existing(state: UserState, username: string): UserAccount {
  checkUsername(username);
  if (state === null || state.username !== username) throw new AccessError('NOT_FOUND', `no user ${username}`);
  return state;
}

function distinctGrants(grants: readonly RoleGrant[]): RoleGrant[] {
  return grants.filter((candidate, index) => grants.findIndex((other) => sameGrant(other, candidate)) === index);
}
