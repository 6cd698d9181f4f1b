import { AccessError, ANONYMOUS, type Principal } from '@planledger/domain';
import type { AccountLookup } from './login.service';
import type { TokenService } from './token-service';

const BEARER = /^Bearer[ ]+([A-Za-z0-9_.-]+)[ ]*$/i;

/**
 * Turns an `Authorization` value into a principal. No value: anonymous. A value that is not a
 * valid bearer token of ours: UNAUTHENTICATED, never anonymous, so a client with a stale token
 * learns to log in again instead of silently seeing less.
 * Grants and department come from the user stream as it is now, not from the token: a revoked
 * role stops working at once, and a password change ends the sessions opened before it.
 */
export class PrincipalResolver {
  constructor(
    private readonly tokens: TokenService,
    private readonly accounts: AccountLookup,
  ) {}

  async fromAuthorization(authorization: string | undefined): Promise<Principal> {
    if (authorization === undefined || authorization.trim() === '') return ANONYMOUS;
    const match = BEARER.exec(authorization);
    if (!match) throw new AccessError('UNAUTHENTICATED', 'expected "Authorization: Bearer <token>"');
    const claims = this.tokens.verify(match[1]);
    const account = await this.accounts.find(claims.username);
    if (!account || account.userId !== claims.userId) throw new AccessError('UNAUTHENTICATED', 'the user no longer exists');
    if (Math.floor(Date.parse(account.passwordSetAt) / 1000) > claims.issuedAt) {
      throw new AccessError('UNAUTHENTICATED', 'the password changed after this token was issued');
    }
    return {
      kind: 'user',
      userId: account.userId,
      username: account.username,
      departmentId: account.departmentId,
      grants: account.grants,
    };
  }
}
