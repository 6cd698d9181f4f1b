/**
 * The roles a user can hold, each granted for one plan or for every plan. A role says what kind
 * of work the user does; which actions that allows is the data in ACCESS_MATRIX.
 */
export const ROLES = ['drafter', 'departmentReviewer', 'auditor', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/** The plan scope of a grant that covers every plan, present and future. */
export const ALL_PLANS = '*';

export interface RoleGrant {
  role: Role;
  /** A plan id, or ALL_PLANS. */
  planId: string;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Whether a grant applies to `planId`. Actions without a plan (creating a plan, managing users)
 * are covered only by grants on every plan, so a per-plan grant never reaches beyond its plan.
 */
export function grantCovers(grant: RoleGrant, planId: string | undefined): boolean {
  return grant.planId === ALL_PLANS || (planId !== undefined && grant.planId === planId);
}

export function sameGrant(a: RoleGrant, b: RoleGrant): boolean {
  return a.role === b.role && a.planId === b.planId;
}

/** `drafter:*`, `auditor:plan-2023-52`: how grants are written on the command line and in logs. */
export function formatGrant(grant: RoleGrant): string {
  return `${grant.role}:${grant.planId}`;
}
