import { AccessError } from './access-error';
import { ACCESS_MATRIX, type Permission } from './access-matrix';
import type { AccessResource, Action } from './actions';
import type { Principal, UserPrincipal } from './principal';
import { grantCovers } from './roles';

/**
 * Returns when `principal` may perform `action` on `resource`; throws AccessError otherwise:
 * UNAUTHENTICATED for an anonymous principal (logging in would help), FORBIDDEN for a user
 * whose grants do not allow it. Fails closed: a department-bound action without a department,
 * or a plan-bound action without a plan, is allowed only by what covers every department or plan.
 */
export function authorize(principal: Principal, action: Action, resource: AccessResource = {}): void {
  if (principal.kind !== 'user') {
    throw new AccessError('UNAUTHENTICATED', 'log in first', { action });
  }
  if (!isAllowed(principal, action, resource)) {
    throw new AccessError('FORBIDDEN', `${principal.username} may not ${action}`, { action });
  }
}

/** The same decision as `authorize`, as a boolean: for showing or hiding what a user may do. */
export function isAllowed(principal: Principal, action: Action, resource: AccessResource = {}): boolean {
  if (principal.kind !== 'user') return false;
  const rule = ACCESS_MATRIX[action];
  if (rule.ownAccount && resource.userId !== undefined && resource.userId === principal.userId) return true;
  const planId = rule.scope === 'plan' ? resource.planId : undefined;
  return principal.grants.some(
    (grant) => grantCovers(grant, planId) && permits(rule.roles[grant.role], principal, resource),
  );
}

function permits(permission: Permission, principal: UserPrincipal, resource: AccessResource): boolean {
  switch (permission) {
    case 'allow':
      return true;
    case 'ownDepartment':
      return principal.departmentId !== null && resource.departmentId === principal.departmentId;
    case 'deny':
      return false;
  }
}
