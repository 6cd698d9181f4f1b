import { Injectable } from '@nestjs/common';
import { AccessError, authorize, type Action, type Principal, type UserPrincipal } from '@planledger/domain';

/**
 * Authorization in one call for resolvers: the principal PrincipalGuard resolved, the action,
 * and the plan or department it touches. Returns the user on success; FORBIDDEN or
 * UNAUTHENTICATED otherwise, before anything is read or written.
 */
@Injectable()
export class RequestAccess {
  require(principal: Principal, action: Action, resource: { planId?: string; departmentId?: string } = {}): UserPrincipal {
    authorize(principal, action, resource);
    if (principal.kind !== 'user') throw new AccessError('UNAUTHENTICATED', 'log in first');
    return principal;
  }
}
