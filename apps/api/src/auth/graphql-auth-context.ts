import type { Principal } from '@planledger/domain';

/**
 * The GraphQL context as Apollo (HTTP: `req`) and graphql-ws (subscriptions: `connectionParams`
 * sent by the client in `connection_init`) hand it to the context function. The lead's context
 * function passes these through; nothing else is read.
 */
export interface GraphqlAuthContext {
  req?: { headers?: Record<string, string | string[] | undefined> };
  connectionParams?: Readonly<Record<string, unknown>> | null;
}

/**
 * The `Authorization` value of a request: the HTTP header, or for a WebSocket the
 * `authorization` (or `Authorization`) connection parameter, as `Bearer <token>`.
 */
export function authorizationOf(context: GraphqlAuthContext): string | undefined {
  const header = context.req?.headers?.authorization;
  if (typeof header === 'string') return header;
  const params = context.connectionParams ?? {};
  const param = params.authorization ?? params.Authorization;
  return typeof param === 'string' ? param : undefined;
}

/**
 * The principal resolved for a context, kept beside it rather than on it: the context object is
 * shared by every resolver of one operation, so the token is checked once per operation.
 */
const principals = new WeakMap<object, Principal>();

export function rememberPrincipal(context: object, principal: Principal): void {
  principals.set(context, principal);
}

export function rememberedPrincipal(context: object): Principal | undefined {
  return principals.get(context);
}
