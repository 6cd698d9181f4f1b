import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { AccessError, isRole, isValidUsername, type RoleGrant, type UserAccount } from '@planledger/domain';

/** A working day and then some: one login per day, no refresh tokens to manage. */
export const TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;

const ISSUER = 'planledger';
/** Verified tokens remembered at once; the oldest is forgotten first. */
const VERIFIED_TOKENS_KEPT = 4096;
const AUDIENCE = 'planledger-api';

export interface IssuedToken {
  token: string;
  expiresAt: string;
}

/** What a valid token says. Grants and department are as at login; the resolver re-reads them. */
export interface TokenClaims {
  userId: string;
  username: string;
  departmentId: string | null;
  grants: RoleGrant[];
  /** Seconds since the epoch, as in the token. */
  issuedAt: number;
  expiresAt: number;
}

/** The JWT body besides the registered claims (sub, iat, exp, iss, aud). */
interface Payload {
  username: string;
  department: string | null;
  roles: RoleGrant[];
}

/**
 * Signs and checks login tokens: HS256 JWTs, sub = user id, valid TOKEN_LIFETIME_SECONDS.
 * The clock is injected so expiry is testable without waiting.
 */
export class TokenService {
  /**
   * The secret as a key object, made once: given a string, jsonwebtoken first tries it as a
   * public key and builds a secret key on every call, which measured as the costliest step of a
   * request.
   */
  private readonly key: KeyObject;
  private readonly verified = new Map<string, Readonly<TokenClaims>>();

  constructor(
    secret: string,
    private readonly clock: () => Date = () => new Date(),
    private readonly lifetimeSeconds = TOKEN_LIFETIME_SECONDS,
  ) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  issue(user: Pick<UserAccount, 'userId' | 'username' | 'departmentId' | 'grants'>): IssuedToken {
    const issuedAt = this.nowSeconds();
    const payload: Payload & { iat: number } = {
      username: user.username,
      department: user.departmentId,
      roles: user.grants.map(({ role, planId }) => ({ role, planId })),
      iat: issuedAt,
    };
    const token = jwt.sign(payload, this.key, {
      algorithm: 'HS256',
      expiresIn: this.lifetimeSeconds,
      subject: user.userId,
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    return { token, expiresAt: new Date((issuedAt + this.lifetimeSeconds) * 1000).toISOString() };
  }

  /**
   * The token's claims; UNAUTHENTICATED when it is malformed, forged, expired or not ours.
   * A token verified once is remembered until it expires (a few thousand at most), so the
   * signature is not checked again on every request of a session.
   */
  verify(token: string): TokenClaims {
    const known = this.verified.get(token);
    if (known !== undefined) {
      if (this.nowSeconds() < known.expiresAt) return known;
      this.verified.delete(token);
    }
    const claims = this.check(token);
    if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, claims);
    return claims;
  }

  private check(token: string): TokenClaims {
    let decoded: jwt.JwtPayload | string;
    try {
      decoded = jwt.verify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        clockTimestamp: this.nowSeconds(),
      });
    } catch {
      throw new AccessError('UNAUTHENTICATED', 'invalid or expired token');
    }
    return claimsOf(decoded);
  }

  private nowSeconds(): number {
    return Math.floor(this.clock().getTime() / 1000);
  }
}

/** A token signed with our key but of a shape we never issue is refused all the same. */
function claimsOf(decoded: jwt.JwtPayload | string): TokenClaims {
  const refuse = () => new AccessError('UNAUTHENTICATED', 'invalid token');
  if (typeof decoded === 'string') throw refuse();
  const { sub, username, department, roles, iat, exp } = decoded as jwt.JwtPayload & Partial<Payload>;
  const validGrants =
    Array.isArray(roles) && roles.every((grant) => isRole(grant?.role) && typeof grant?.planId === 'string');
  if (
    typeof sub !== 'string' || sub === '' ||
    !isValidUsername(username) ||
    (department !== null && typeof department !== 'string') ||
    !validGrants ||
    typeof iat !== 'number' || typeof exp !== 'number'
  ) {
    throw refuse();
  }
  return { userId: sub, username, departmentId: department ?? null, grants: roles as RoleGrant[], issuedAt: iat, expiresAt: exp };
}
