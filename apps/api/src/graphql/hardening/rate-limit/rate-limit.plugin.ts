import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { TokenService } from '../../../auth/token-service';
import { rateLimitKey, type RateLimitContext } from './rate-limit-key';
import { TokenBuckets } from './token-buckets';

export const RATE_LIMIT_BUCKETS = Symbol('RATE_LIMIT_BUCKETS');

/**
 * Charges every GraphQL operation to its user's (or address's) token bucket once the operation
 * is known and valid, and refuses it with RATE_LIMITED (HTTP 429, Retry-After) when the bucket
 * is empty. Refusing in `didResolveOperation` means no resolver of the operation runs.
 * Apollo plugins see HTTP requests only: operations over graphql-ws are WebsocketRateLimitGuard's.
 */
@Plugin()
export class RateLimitPlugin implements ApolloServerPlugin<RateLimitContext> {
  constructor(
    @Inject(RATE_LIMIT_BUCKETS) private readonly buckets: TokenBuckets,
    @Inject(TokenService) private readonly tokens: TokenService,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<RateLimitContext>> {
    return {
      didResolveOperation: async ({ contextValue }) => {
        const taken = this.buckets.take(rateLimitKey(contextValue, this.tokens));
        if (!taken.allowed) throw rateLimited(taken.retryAfterSeconds);
      },
    };
  }
}

export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`too many requests: retry in ${retryAfterSeconds} s`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}
