/**
 * Configuration from the environment, validated once at start: a bad value stops the process with
 * a message naming the variable, before anything listens or writes.
 */
export interface AppConfig {
  port: number;
  /** Embedded PGlite folder (ignored when databaseUrl is set); `memory://` keeps data in RAM. */
  dataDir: string;
  /** A PostgreSQL server to use instead of embedded PGlite. */
  databaseUrl?: string;
  /** Import the seed plans at start (idempotent: a plan already seeded is left as it is). */
  seed: boolean;
  /** Where the seed plans and their manifest.json live. */
  seedsDir: string;
  /** Apollo Sandbox and introspection (on outside production). */
  introspection: boolean;
}

export class ConfigError extends Error {
  readonly code = 'BAD_CONFIG';
  constructor(readonly variable: string, detail: string) {
    super(`${variable}: ${detail}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: parsePort(env.PORT),
    dataDir: parseDataDir(env.DATA_DIR),
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL),
    seed: parseBoolean('SEED', env.SEED, true),
    seedsDir: env.SEEDS_DIR || './seeds',
    introspection: parseBoolean('GRAPHQL_INTROSPECTION', env.GRAPHQL_INTROSPECTION, env.NODE_ENV !== 'production'),
  };
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  if (!/^\d+$/.test(value)) throw new ConfigError('PORT', `expected a whole number, got "${value}"`);
  const port = Number(value);
  if (port > 65535) throw new ConfigError('PORT', `expected 0–65535, got ${port}`);
  return port;
}

function parseDataDir(value: string | undefined): string {
  if (value === undefined || value === '') return './data';
  if (value.includes('\0')) throw new ConfigError('DATA_DIR', 'contains a NUL character');
  return value;
}

function parseDatabaseUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('DATABASE_URL', 'not a URL (expected postgres://user@host:port/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `expected a postgres:// URL, got ${url.protocol}`);
  }
  return value;
}

function parseBoolean(variable: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(variable, `expected true or false, got "${value}"`);
}
