import { ConfigError } from '../../config';

/** Limits that keep one client from exhausting the API. */
export interface HardeningConfig {
  /** Deepest field nesting an operation may have (introspection excluded). */
  maxQueryDepth: number;
  /** Highest estimated cost an operation may have; see complexity-limit.rule.ts for the model. */
  maxQueryComplexity: number;
  /** Largest request body accepted; larger ones get HTTP 413 before they are parsed. */
  maxBodyBytes: number;
  /** Token bucket per user (per IP for anonymous requests), one token per GraphQL operation. */
  rateLimit: { perSecond: number; burst: number };
}

/**
 * The import mutation carries a whole plan text (the seed plans are 21 and 28 KB; a client that
 * escapes each Chinese character as a six-character \u escape, doubling that), so 1 MiB leaves room without letting one request pin megabytes.
 * A drafting session sends a few operations a second; 20/s with a burst of 100 lets a page load
 * fire its queries at once and still stops a script hammering the API.
 */
export const DEFAULT_HARDENING: HardeningConfig = {
  maxQueryDepth: 12,
  maxQueryComplexity: 5000,
  maxBodyBytes: 1024 * 1024,
  rateLimit: { perSecond: 20, burst: 100 },
};

/** Reads `RATE_LIMIT_PER_SECOND` and `RATE_LIMIT_BURST`; a bad value is a ConfigError naming it. */
export function loadHardeningConfig(env: NodeJS.ProcessEnv = process.env): HardeningConfig {
  return {
    ...DEFAULT_HARDENING,
    rateLimit: {
      perSecond: parsePositiveNumber('RATE_LIMIT_PER_SECOND', env.RATE_LIMIT_PER_SECOND, DEFAULT_HARDENING.rateLimit.perSecond),
      burst: parsePositiveWholeNumber('RATE_LIMIT_BURST', env.RATE_LIMIT_BURST, DEFAULT_HARDENING.rateLimit.burst),
    },
  };
}

function parsePositiveNumber(variable: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0) {
    throw new ConfigError(variable, `expected a number greater than 0, got "${value}"`);
  }
  return Number(value);
}

function parsePositiveWholeNumber(variable: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new ConfigError(variable, `expected a whole number of at least 1, got "${value}"`);
  }
  return Number(value);
}
