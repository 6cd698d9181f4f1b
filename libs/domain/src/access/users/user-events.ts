import type { Role } from '../roles';

/** One stream per user, named by the username: registration and every grant, for auditors. */
export function userStreamId(username: string): string {
  return `user-${username}`;
}

interface UserEventMeta {
  userId: string;
  actor: string;
  at: string;
}

export interface UserRegistered {
  type: 'UserRegistered';
  data: UserEventMeta & {
    username: string;
    displayName: string;
    departmentId: string | null;
    passwordHash: string;
  };
}

export interface RoleGranted {
  type: 'RoleGranted';
  data: UserEventMeta & { role: Role; planId: string };
}

export interface RoleRevoked {
  type: 'RoleRevoked';
  data: UserEventMeta & { role: Role; planId: string; reason: string | null };
}

export interface PasswordChanged {
  type: 'PasswordChanged';
  data: UserEventMeta & { passwordHash: string };
}

export type UserEvent = UserRegistered | RoleGranted | RoleRevoked | PasswordChanged;

export type UserEventType = UserEvent['type'];

/** The stored names of the user stream's events: a contract, never renamed. */
export const USER_EVENT_TYPES: readonly UserEventType[] = ['UserRegistered', 'RoleGranted', 'RoleRevoked', 'PasswordChanged'];

/** Reads a stored event of a user stream; an unknown type is a bug or a newer writer, never skipped. */
export function toUserEvent(stored: { type: string; data: unknown }): UserEvent {
  if (!(USER_EVENT_TYPES as readonly string[]).includes(stored.type)) {
    throw new Error(`unknown user event type ${JSON.stringify(stored.type)}`);
  }
  return { type: stored.type, data: stored.data } as UserEvent;
}
