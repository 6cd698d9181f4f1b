import { performance } from 'node:perf_hooks';

export interface BucketLimits {
  /** Tokens added per second, up to `burst`. */
  perSecond: number;
  /** Tokens a bucket holds when full: the requests a client may send at once. */
  burst: number;
  /** Most buckets kept; past it the least recently used one is dropped. */
  maxKeys?: number;
}

export type Take = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Milliseconds from a monotonic clock: wall-clock jumps must not refill or drain buckets. */
export type MonotonicClock = () => number;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const DEFAULT_MAX_KEYS = 100_000;

/**
 * One token bucket per key. Memory stays bounded: buckets live in a Map in least-recently-used
 * order, so those idle long enough to have refilled completely sit at its front and are dropped
 * as each call passes (a full bucket and no bucket behave the same), and `maxKeys` caps the rest —
 * a key dropped early that way merely starts again with a full bucket.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxKeys: number;
  /** After this long without a call, any bucket is full again. */
  private readonly refillMs: number;

  constructor(private readonly limits: BucketLimits, private readonly now: MonotonicClock = () => performance.now()) {
    if (!(limits.perSecond > 0) || !(limits.burst >= 1)) throw new RangeError('perSecond must be > 0 and burst >= 1');
    this.maxKeys = limits.maxKeys ?? DEFAULT_MAX_KEYS;
    this.refillMs = (limits.burst / limits.perSecond) * 1000;
  }

  /** Takes a token from `key`'s bucket if it holds one. */
  take(key: string): Take {
    const now = this.now();
    this.dropIdle(now);
    const tokens = this.tokensAt(key, now);
    this.buckets.delete(key);
    if (tokens >= 1) {
      this.remember(key, { tokens: tokens - 1, updatedAt: now });
      return { allowed: true };
    }
    this.remember(key, { tokens, updatedAt: now });
    return { allowed: false, retryAfterSeconds: Math.ceil((1 - tokens) / this.limits.perSecond) };
  }

  /** Buckets held now (for tests and metrics). */
  get size(): number {
    return this.buckets.size;
  }

  private tokensAt(key: string, now: number): number {
    const bucket = this.buckets.get(key);
    if (!bucket) return this.limits.burst;
    const elapsedSeconds = Math.max(0, now - bucket.updatedAt) / 1000;
    return Math.min(this.limits.burst, bucket.tokens + elapsedSeconds * this.limits.perSecond);
  }

  private remember(key: string, bucket: Bucket): void {
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) {
      const leastRecent = this.buckets.keys().next().value as string;
      this.buckets.delete(leastRecent);
    }
  }

  private dropIdle(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.updatedAt < this.refillMs) return;
      this.buckets.delete(key);
    }
  }
}
