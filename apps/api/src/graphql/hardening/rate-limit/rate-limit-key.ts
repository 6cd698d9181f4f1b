import { authorizationOf, type GraphqlAuthContext } from '../../../auth/graphql-auth-context';
import type { TokenService } from '../../../auth/token-service';

/** The GraphQL context as the lead's context function builds it, with what Express adds to `req`. */
export interface RateLimitContext extends GraphqlAuthContext {
  req?: GraphqlAuthContext['req'] & { ip?: string; socket?: { remoteAddress?: string } };
  /** Set for operations that arrived over graphql-ws rather than HTTP. */
  overWebsocket?: boolean;
}

const BEARER = /^Bearer[ ]+(\S+)[ ]*$/i;

/**
 * Whose bucket an operation draws from: the user of a token we signed, else the client address.
 * Only the signature is checked (no database read): a forged or garbled token cannot name a
 * fresh bucket, and whether the token still grants anything is PrincipalGuard's call later.
 * Behind a reverse proxy every anonymous client shares the proxy's address unless Express's
 * `trust proxy` is set.
 */
export function rateLimitKey(context: RateLimitContext, tokens: Pick<TokenService, 'verify'>): string {
  const token = BEARER.exec(authorizationOf(context) ?? '')?.[1];
  if (token !== undefined) {
    try {
      return `user:${tokens.verify(token).userId}`;
    } catch {
      // An invalid token is charged to the address; the guard refuses the operation itself.
    }
  }
  return `ip:${context.req?.ip ?? context.req?.socket?.remoteAddress ?? 'unknown'}`;
}
