import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ANONYMOUS, type Principal } from '@planledger/domain';
import { rememberedPrincipal } from './graphql-auth-context';

/**
 * The principal PrincipalGuard resolved for this operation. Without the guard it is anonymous,
 * so a resolver that was not wired fails closed instead of acting for nobody in particular.
 */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal =>
    rememberedPrincipal(GqlExecutionContext.create(context).getContext<object>()) ?? ANONYMOUS,
);
