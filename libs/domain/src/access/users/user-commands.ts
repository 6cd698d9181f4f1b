import type { RoleGrant } from '../roles';

/** Who, when: the app's authenticated user (or an operator tool) and an ISO instant. */
interface UserCommandMeta {
  actor: string;
  at: string;
}

export interface RegisterUser {
  type: 'RegisterUser';
  data: UserCommandMeta & {
    /** Chosen by the app; stays the same if the user is ever renamed. */
    userId: string;
    username: string;
    displayName: string;
    departmentId: string | null;
    /** Computed by the app (`scheme$…`); the domain never sees a password. */
    passwordHash: string;
    /** Roles granted in the same write, so a user never exists half set up. */
    grants?: RoleGrant[];
  };
}

export interface GrantRole {
  type: 'GrantRole';
  data: UserCommandMeta & RoleGrant & { username: string };
}

export interface RevokeRole {
  type: 'RevokeRole';
  data: UserCommandMeta & RoleGrant & { username: string; reason?: string };
}

export interface ChangePassword {
  type: 'ChangePassword';
  data: UserCommandMeta & { username: string; passwordHash: string };
}

export type UserCommand = RegisterUser | GrantRole | RevokeRole | ChangePassword;
