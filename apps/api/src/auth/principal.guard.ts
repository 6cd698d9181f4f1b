import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { authorizationOf, rememberedPrincipal, rememberPrincipal, type GraphqlAuthContext } from './graphql-auth-context';
import { PrincipalResolver } from './principal-resolver';

/**
 * Authenticates GraphQL operations: reads the bearer token, resolves the principal and keeps it
 * for @CurrentPrincipal(). It lets anonymous requests through — whether they may do anything is
 * for `authorize` in the resolver — and fails an invalid or expired token with UNAUTHENTICATED.
 * Non-GraphQL requests (health) pass untouched.
 */
@Injectable()
export class PrincipalGuard implements CanActivate {
  constructor(private readonly principals: PrincipalResolver) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const graphqlContext = GqlExecutionContext.create(context).getContext<GraphqlAuthContext>();
    if (rememberedPrincipal(graphqlContext) === undefined) {
      rememberPrincipal(graphqlContext, await this.principals.fromAuthorization(authorizationOf(graphqlContext)));
    }
    return true;
  }
}
