import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { TokenService } from '../../../auth/token-service';
import { rateLimitKey, type RateLimitContext } from './rate-limit-key';
import { RATE_LIMIT_BUCKETS, rateLimited } from './rate-limit.plugin';
import { TokenBuckets } from './token-buckets';

/**
 * Charges operations that arrive over graphql-ws (which Apollo plugins never see) to the same
 * buckets as HTTP operations, once per operation, before its first resolver runs (an operation
 * that runs no resolver, `{ __typename }`, costs nothing). HTTP operations are RateLimitPlugin's.
 */
@Injectable()
export class WebsocketRateLimitGuard implements CanActivate {
  private readonly charged = new WeakSet<object>();

  constructor(
    @Inject(RATE_LIMIT_BUCKETS) private readonly buckets: TokenBuckets,
    @Inject(TokenService) private readonly tokens: TokenService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const graphqlContext = GqlExecutionContext.create(context).getContext<RateLimitContext>();
    if (!graphqlContext.overWebsocket || this.charged.has(graphqlContext)) return true;
    this.charged.add(graphqlContext);
    const taken = this.buckets.take(rateLimitKey(graphqlContext, this.tokens));
    if (!taken.allowed) throw rateLimited(taken.retryAfterSeconds);
    return true;
  }
}
