import type { GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { TokenService } from '../../../auth/token-service';
import type { RateLimitContext } from './rate-limit-key';
import { RateLimitPlugin } from './rate-limit.plugin';
import { TokenBuckets } from './token-buckets';

const tokens = new TokenService('rate-limit-spec-secret');
const aliceToken = tokens.issue({ userId: 'u-alice', username: 'alice', departmentId: null, grants: [] }).token;
const bobToken = tokens.issue({ userId: 'u-bob', username: 'bob', departmentId: null, grants: [] }).token;

function request(ip: string, token?: string): RateLimitContext {
  return { req: { ip, headers: token ? { authorization: `Bearer ${token}` } : {} } };
}

function pluginWithBurst(burst: number) {
  const clock = { ms: 0 };
  const plugin = new RateLimitPlugin(new TokenBuckets({ perSecond: 1, burst }, () => clock.ms), tokens);
  /** Runs the hook Apollo runs before execution: undefined when allowed, else the refusal. */
  const operation = async (context: RateLimitContext): Promise<GraphQLError | undefined> => {
    const listener = await plugin.requestDidStart();
    try {
      await listener.didResolveOperation?.({ contextValue: context } as GraphQLRequestContextDidResolveOperation<RateLimitContext>);
      return undefined;
    } catch (error) {
      return error as GraphQLError;
    }
  };
  return { clock, operation };
}

describe('RateLimitPlugin', () => {
  it('refuses the operation past the burst with RATE_LIMITED, HTTP 429 and Retry-After', async () => {
    const { operation } = pluginWithBurst(2);
    expect(await operation(request('10.0.0.1', aliceToken))).toBeUndefined();
    expect(await operation(request('10.0.0.1', aliceToken))).toBeUndefined();
    const refused = await operation(request('10.0.0.1', aliceToken));
    expect(refused).toBeInstanceOf(GraphQLError);
    expect(refused?.extensions.code).toBe('RATE_LIMITED');
    const http = refused?.extensions.http as { status: number; headers: Map<string, string> };
    expect(http.status).toBe(429);
    expect(http.headers.get('retry-after')).toBe('1');
  });

  it('charges users by their token, wherever they connect from', async () => {
    const { operation } = pluginWithBurst(1);
    expect(await operation(request('10.0.0.1', aliceToken))).toBeUndefined();
    expect((await operation(request('10.0.0.2', aliceToken)))?.extensions.code).toBe('RATE_LIMITED');
    expect(await operation(request('10.0.0.1', bobToken))).toBeUndefined();
    expect(await operation(request('10.0.0.1'))).toBeUndefined();
  });

  it('charges anonymous requests and invalid tokens to the client address', async () => {
    const { operation } = pluginWithBurst(2);
    expect(await operation(request('10.0.0.9'))).toBeUndefined();
    expect(await operation(request('10.0.0.9', 'not-a-token'))).toBeUndefined();
    expect((await operation(request('10.0.0.9', `${aliceToken}x`)))?.extensions.code).toBe('RATE_LIMITED');
    expect(await operation(request('10.0.0.10'))).toBeUndefined();
  });

  it('lets operations through again once the bucket refills', async () => {
    const { clock, operation } = pluginWithBurst(1);
    await operation(request('10.0.0.1', aliceToken));
    expect((await operation(request('10.0.0.1', aliceToken)))?.extensions.code).toBe('RATE_LIMITED');
    clock.ms += 1000;
    expect(await operation(request('10.0.0.1', aliceToken))).toBeUndefined();
  });
});
