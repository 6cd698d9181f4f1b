import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { AccessError } from '@planledger/domain';

/** Counted in characters (code points), so a Chinese passphrase is not penalised for its bytes. */
export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 1024;

export interface ScryptParameters {
  /** CPU/memory cost, a power of two. 2^15 with r=8 takes ~32 MiB and ~50–100 ms per hash. */
  cost: number;
  blockSize: number;
  parallelization: number;
}

export const DEFAULT_SCRYPT: ScryptParameters = { cost: 2 ** 15, blockSize: 8, parallelization: 1 };

const SALT_BYTES = 16;
const KEY_BYTES = 32;

/**
 * Password hashes as `scrypt$N$r$p$salt$hash` (salt and hash base64url). The parameters are
 * stored with each hash, so raising the cost later leaves older hashes verifiable.
 */
export class PasswordHasher {
  constructor(private readonly parameters: ScryptParameters = DEFAULT_SCRYPT) {}

  /** Refuses a password shorter than MIN_PASSWORD_LENGTH with BAD_USER_INPUT on `password`. */
  async hash(password: string): Promise<string> {
    checkPasswordPolicy(password);
    const salt = randomBytes(SALT_BYTES);
    const key = await derive(password, salt, KEY_BYTES, this.parameters);
    const { cost, blockSize, parallelization } = this.parameters;
    return ['scrypt', cost, blockSize, parallelization, salt.toString('base64url'), key.toString('base64url')].join('$');
  }

  /**
   * Whether `password` matches `stored`, compared in constant time. A stored value that is not a
   * hash of ours, or with parameters out of bounds, matches nothing.
   */
  async verify(password: string, stored: string): Promise<boolean> {
    const parsed = parseHash(stored);
    if (!parsed || typeof password !== 'string' || password.length > MAX_PASSWORD_LENGTH) return false;
    const key = await derive(password, parsed.salt, parsed.key.length, parsed.parameters);
    return timingSafeEqual(key, parsed.key);
  }
}

export function checkPasswordPolicy(password: unknown): asserts password is string {
  if (typeof password !== 'string' || [...password].length < MIN_PASSWORD_LENGTH || password.trim() === '') {
    throw new AccessError('BAD_USER_INPUT', `a password has at least ${MIN_PASSWORD_LENGTH} characters`, { field: 'password' });
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new AccessError('BAD_USER_INPUT', `a password has at most ${MAX_PASSWORD_LENGTH} characters`, { field: 'password' });
  }
}

interface ParsedHash {
  parameters: ScryptParameters;
  salt: Buffer;
  key: Buffer;
}

function parseHash(stored: string): ParsedHash | undefined {
  const parts = typeof stored === 'string' ? stored.split('$') : [];
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [cost, blockSize, parallelization] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4], 'base64url');
  const key = Buffer.from(parts[5], 'base64url');
  const powerOfTwo = Number.isInteger(cost) && cost >= 2 ** 10 && cost <= 2 ** 20 && (cost & (cost - 1)) === 0;
  const sane =
    powerOfTwo &&
    Number.isInteger(blockSize) && blockSize >= 1 && blockSize <= 32 &&
    Number.isInteger(parallelization) && parallelization >= 1 && parallelization <= 16 &&
    salt.length >= 8 && key.length >= 16 && key.length <= 64;
  return sane ? { parameters: { cost, blockSize, parallelization }, salt, key } : undefined;
}

function derive(password: string, salt: Buffer, length: number, parameters: ScryptParameters): Promise<Buffer> {
  const options: ScryptOptions = {
    N: parameters.cost,
    r: parameters.blockSize,
    p: parameters.parallelization,
    // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is exactly that at 2^15, so leave room.
    maxmem: 256 * parameters.cost * parameters.blockSize,
  };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
