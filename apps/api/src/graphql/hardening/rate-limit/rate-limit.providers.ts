import type { Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { HardeningConfig } from '../hardening-config';
import { RATE_LIMIT_BUCKETS, RateLimitPlugin } from './rate-limit.plugin';
import { TokenBuckets, type MonotonicClock } from './token-buckets';
import { WebsocketRateLimitGuard } from './websocket-rate-limit.guard';

/**
 * The buckets, the plugin that charges HTTP operations and the guard that charges graphql-ws ones,
 * for the providers of the module that builds GraphQLModule (both need TokenService in scope).
 * @nestjs/apollo finds @Plugin() providers by itself.
 */
export function rateLimitProviders(limits: HardeningConfig['rateLimit'], clock?: MonotonicClock): Provider[] {
  return [
    { provide: RATE_LIMIT_BUCKETS, useValue: new TokenBuckets(limits, clock) },
    RateLimitPlugin,
    { provide: APP_GUARD, useClass: WebsocketRateLimitGuard },
  ];
}
