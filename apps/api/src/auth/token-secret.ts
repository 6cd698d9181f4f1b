import { randomBytes } from 'node:crypto';
import type { Database } from '@planledger/event-store';
import { ConfigError } from '../config';

/** HS256 wants a key at least as long as its 256-bit hash: 32 characters and up. */
export const MIN_JWT_SECRET_LENGTH = 32;

export interface TokenSecret {
  secret: string;
  /** Where it came from, for the start-up log line (never the secret itself). */
  source: 'JWT_SECRET' | 'database';
}

/**
 * The key that signs login tokens. `JWT_SECRET` wins; without it, a random key is generated on the
 * first start and kept in the database (not in the data folder), so tokens survive restarts on
 * PGlite and PostgreSQL alike and every instance sharing the database accepts the others' tokens.
 * It lives in its own table, outside the event log, so reading history never shows it.
 */
export async function resolveTokenSecret(env: NodeJS.ProcessEnv, database: Database): Promise<TokenSecret> {
  const fromEnv = jwtSecretFromEnv(env);
  if (fromEnv !== undefined) return { secret: fromEnv, source: 'JWT_SECRET' };
  return { secret: await storedTokenSecret(database), source: 'database' };
}

export function jwtSecretFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const value = env.JWT_SECRET;
  if (value === undefined || value === '') return undefined;
  if (value.length < MIN_JWT_SECRET_LENGTH) {
    throw new ConfigError('JWT_SECRET', `expected at least ${MIN_JWT_SECRET_LENGTH} characters, got ${value.length}`);
  }
  return value;
}

const SECRET_NAME = 'jwt-hs256';

/**
 * Reads the stored key, creating the table and the key when missing. Instances starting at once
 * serialize on an advisory lock, so all of them end up with the one key that was inserted first.
 */
export async function storedTokenSecret(database: Database): Promise<string> {
  const client = await database.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('planledger_auth.token_secrets'))");
    await client.query('CREATE SCHEMA IF NOT EXISTS planledger_auth');
    await client.query(`
      CREATE TABLE IF NOT EXISTS planledger_auth.token_secrets (
        name text PRIMARY KEY,
        secret text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await client.query('INSERT INTO planledger_auth.token_secrets (name, secret) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
      SECRET_NAME,
      randomBytes(48).toString('base64url'),
    ]);
    const { rows } = await client.query<{ secret: string }>('SELECT secret FROM planledger_auth.token_secrets WHERE name = $1', [
      SECRET_NAME,
    ]);
    await client.query('COMMIT');
    return rows[0].secret;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
