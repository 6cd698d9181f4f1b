import { isBlank, isIsoInstant } from '../../shared/text-rules';
import { badAccessInput } from '../access-error';
import { ALL_PLANS, isRole, type RoleGrant } from '../roles';

/**
 * Usernames are what people type at login and what names the user stream: 3–32 characters,
 * lowercase ASCII letters, digits, `.`, `_` and `-`, starting with a letter (zhang.wei, liu-1).
 * Lowercase only, so `Zhang` and `zhang` can never be two accounts.
 */
const USERNAME = /^[a-z][a-z0-9._-]{2,31}$/;

export function isValidUsername(value: unknown): value is string {
  return typeof value === 'string' && USERNAME.test(value);
}

export const MAX_DISPLAY_NAME_LENGTH = 100;
const MAX_ID_LENGTH = 120;

/** A stored password hash names its scheme (`scrypt$…`), so plain text cannot slip into the log. */
const PASSWORD_HASH = /^[a-z0-9]+\$\S+$/;

export function checkUsername(username: unknown): void {
  if (!isValidUsername(username)) {
    throw badAccessInput('username', 'a username is 3–32 lowercase letters, digits, ".", "_" or "-", starting with a letter');
  }
}

export function checkDisplayName(displayName: unknown): void {
  if (typeof displayName !== 'string' || isBlank(displayName)) throw badAccessInput('displayName', 'a user needs a display name');
  if (displayName.trim().length > MAX_DISPLAY_NAME_LENGTH) {
    throw badAccessInput('displayName', `a display name has at most ${MAX_DISPLAY_NAME_LENGTH} characters`);
  }
}

export function checkDepartmentId(departmentId: unknown): void {
  if (departmentId === null) return;
  if (typeof departmentId !== 'string' || isBlank(departmentId) || departmentId !== departmentId.trim()) {
    throw badAccessInput('departmentId', 'a department id is null or a non-blank name without surrounding spaces');
  }
  if (departmentId.length > MAX_ID_LENGTH) throw badAccessInput('departmentId', 'department id too long');
}

export function checkUserId(userId: unknown): void {
  if (typeof userId !== 'string' || isBlank(userId) || userId.length > MAX_ID_LENGTH) {
    throw badAccessInput('userId', 'a user needs an id');
  }
}

export function checkPasswordHash(passwordHash: unknown): void {
  if (typeof passwordHash !== 'string' || !PASSWORD_HASH.test(passwordHash)) {
    throw badAccessInput('passwordHash', 'expected a password hash that names its scheme, e.g. scrypt$…');
  }
}

export function checkMeta(data: { actor: unknown; at: unknown }): void {
  if (typeof data.actor !== 'string' || isBlank(data.actor)) throw badAccessInput('actor', 'a command needs the acting user');
  if (!isIsoInstant(data.at)) throw badAccessInput('at', 'at must be an ISO instant with offset');
}

/**
 * A grant names a known role and a plan (or every plan). A department reviewer speaks for a
 * department, so the role is refused to a user who has none.
 */
export function checkGrant(grant: RoleGrant, departmentId: string | null): void {
  if (!isRole(grant.role)) throw badAccessInput('role', `unknown role ${JSON.stringify(grant.role)}`);
  const { planId } = grant;
  if (typeof planId !== 'string' || isBlank(planId) || planId !== planId.trim() || planId.length > MAX_ID_LENGTH) {
    throw badAccessInput('planId', `a grant names a plan id or "${ALL_PLANS}" for every plan`);
  }
  if (grant.role === 'departmentReviewer' && departmentId === null) {
    throw badAccessInput('departmentId', 'a department reviewer must belong to a department');
  }
}
