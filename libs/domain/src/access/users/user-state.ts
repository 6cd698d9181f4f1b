import { sameGrant, type RoleGrant } from '../roles';
import type { UserEvent } from './user-events';

/** A registered user as the decisions (and login) need it. */
export interface UserAccount {
  userId: string;
  username: string;
  displayName: string;
  departmentId: string | null;
  passwordHash: string;
  /** When the current password was set: tokens issued before it are no longer accepted. */
  passwordSetAt: string;
  grants: readonly RoleGrant[];
}

/** null until the stream holds UserRegistered. */
export type UserState = UserAccount | null;

export function initialUserState(): UserState {
  return null;
}

export function evolveUser(state: UserState, event: UserEvent): UserState {
  if (event.type === 'UserRegistered') {
    const { userId, username, displayName, departmentId, passwordHash, at } = event.data;
    return { userId, username, displayName, departmentId, passwordHash, passwordSetAt: at, grants: [] };
  }
  if (state === null) return state;
  switch (event.type) {
    case 'RoleGranted': {
      const grant = { role: event.data.role, planId: event.data.planId };
      return { ...state, grants: [...state.grants, grant] };
    }
    case 'RoleRevoked': {
      const revoked = { role: event.data.role, planId: event.data.planId };
      return { ...state, grants: state.grants.filter((grant) => !sameGrant(grant, revoked)) };
    }
    case 'PasswordChanged':
      return { ...state, passwordHash: event.data.passwordHash, passwordSetAt: event.data.at };
  }
}
