import type { ConsultationActor, ConsultationRole } from '../consultation/actor';
import { grantCovers, type RoleGrant } from './roles';

/** Someone the app authenticated, with the grants their user stream holds now. */
export interface UserPrincipal {
  kind: 'user';
  userId: string;
  username: string;
  /** The department the user speaks for (a department reviewer always has one). */
  departmentId: string | null;
  grants: readonly RoleGrant[];
}

/** A request without credentials. It may do nothing but log in. */
export interface AnonymousPrincipal {
  kind: 'anonymous';
}

export type Principal = UserPrincipal | AnonymousPrincipal;

export const ANONYMOUS: AnonymousPrincipal = Object.freeze({ kind: 'anonymous' });

/**
 * The principal of an operator tool (the CLI, the start-up seeding): an administrator of every
 * plan whose id names the tool, e.g. `system:cli:alice`, so the log shows who granted what even
 * when no user was logged in.
 */
export function operatorPrincipal(tool: string): UserPrincipal {
  return {
    kind: 'user',
    userId: `system:${tool}`,
    username: `system:${tool}`,
    departmentId: null,
    grants: [{ role: 'admin', planId: '*' }],
  };
}

/**
 * The consultation deciders' view of a user on one plan. Only grants covering the plan count:
 * drafters and admins act for the drafting team, admins also coordinate rounds, and the user
 * speaks for their department only while they review (or administer) this plan.
 */
export function consultationActorFor(principal: UserPrincipal, planId: string): ConsultationActor {
  const roles = new Set(principal.grants.filter((grant) => grantCovers(grant, planId)).map((grant) => grant.role));
  const consultationRoles: ConsultationRole[] = [];
  if (roles.has('drafter') || roles.has('admin')) consultationRoles.push('drafter');
  if (roles.has('admin')) consultationRoles.push('coordinator');
  const speaksForDepartment = roles.has('departmentReviewer') || roles.has('admin');
  return {
    userId: principal.userId,
    departmentId: speaksForDepartment ? principal.departmentId : null,
    roles: consultationRoles,
  };
}
