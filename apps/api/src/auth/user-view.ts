import type { RoleGrant, UserAccount } from '@planledger/domain';

/** A user as shown to others and to themselves: everything but the password hash. */
export interface UserView {
  userId: string;
  username: string;
  displayName: string;
  departmentId: string | null;
  grants: RoleGrant[];
}

export function toUserView(account: UserAccount): UserView {
  const { userId, username, displayName, departmentId, grants } = account;
  return { userId, username, displayName, departmentId, grants: grants.map(({ role, planId }) => ({ role, planId })) };
}
