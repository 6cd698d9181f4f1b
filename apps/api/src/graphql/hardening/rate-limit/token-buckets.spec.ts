import { TokenBuckets, type BucketLimits } from './token-buckets';

function bucketsAt(limits: BucketLimits) {
  const clock = { ms: 1_000 };
  const buckets = new TokenBuckets(limits, () => clock.ms);
  const takeMany = (key: string, count: number) => Array.from({ length: count }, () => buckets.take(key).allowed);
  return { buckets, clock, takeMany };
}

describe('TokenBuckets', () => {
  it('lets a burst through, then refuses until tokens refill at the rate', () => {
    const { buckets, clock, takeMany } = bucketsAt({ perSecond: 2, burst: 3 });
    expect(takeMany('u', 4)).toEqual([true, true, true, false]);
    expect(buckets.take('u')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.ms += 499;
    expect(buckets.take('u').allowed).toBe(false);
    clock.ms += 1;
    expect(takeMany('u', 2)).toEqual([true, false]);
    clock.ms += 10_000;
    expect(takeMany('u', 4)).toEqual([true, true, true, false]);
  });

  it('keeps a bucket per key', () => {
    const { takeMany } = bucketsAt({ perSecond: 1, burst: 2 });
    expect(takeMany('alice', 3)).toEqual([true, true, false]);
    expect(takeMany('bob', 1)).toEqual([true]);
  });

  it('tells how long until the next token', () => {
    const { buckets, takeMany } = bucketsAt({ perSecond: 0.1, burst: 1 });
    takeMany('u', 1);
    expect(buckets.take('u')).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('neither refills nor drains when the clock goes backwards', () => {
    const { clock, takeMany } = bucketsAt({ perSecond: 1, burst: 2 });
    takeMany('u', 2);
    clock.ms -= 60_000;
    expect(takeMany('u', 1)).toEqual([false]);
  });

  it('forgets buckets idle long enough to be full again', () => {
    const { buckets, clock, takeMany } = bucketsAt({ perSecond: 10, burst: 20 });
    takeMany('a', 20);
    takeMany('b', 1);
    clock.ms += 1_999;
    takeMany('c', 1);
    expect(buckets.size).toBe(3);
    clock.ms += 1;
    takeMany('c', 1);
    expect(buckets.size).toBe(1);
  });

  it('holds at most maxKeys buckets, dropping the least recently used', () => {
    const { buckets, takeMany } = bucketsAt({ perSecond: 1, burst: 1, maxKeys: 2 });
    takeMany('a', 1);
    takeMany('b', 1);
    takeMany('a', 1);
    takeMany('c', 1);
    expect(buckets.size).toBe(2);
    expect(takeMany('a', 1)).toEqual([false]);
    expect(takeMany('b', 1)).toEqual([true]);
  });

  it('refuses limits that would never let a request through', () => {
    expect(() => new TokenBuckets({ perSecond: 0, burst: 1 })).toThrow(RangeError);
    expect(() => new TokenBuckets({ perSecond: 1, burst: 0 })).toThrow(RangeError);
  });
});
