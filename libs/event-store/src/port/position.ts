import { InvalidPositionError } from './errors';

declare const positionBrand: unique symbol;

/**
 * Where an event sits in the store's one global order. Opaque: compare with `comparePositions`,
 * persist with `positionToString` / `parsePosition`, never do arithmetic on it.
 *
 * It has two ordered parts so that adapters can map their native order onto it: on PostgreSQL the
 * writing transaction's id and the global sequence; on KurrentDB the commit and prepare positions.
 */
export interface Position {
  readonly [positionBrand]: true;
  readonly major: bigint;
  readonly minor: bigint;
}

const MAX_PART = 2n ** 64n - 1n;
const PART_DIGITS = 20; // 2^64 - 1 has 20 decimal digits
const SERIALIZED = /^(\d{20})-(\d{20})$/;

/** For adapters only: builds the position of a stored event from its two ordered parts. */
export function positionOf(major: bigint, minor: bigint): Position {
  if (major < 0n || minor < 0n || major > MAX_PART || minor > MAX_PART) {
    throw new InvalidPositionError(`position parts must be within 0..2^64-1, got ${major}/${minor}`);
  }
  return Object.freeze({ major, minor }) as Position;
}

/** Throws InvalidPositionError unless `value` is a position (from a store or parsePosition). */
export function assertPosition(value: unknown): asserts value is Position {
  const candidate = value as { major?: unknown; minor?: unknown } | null | undefined;
  if (typeof candidate?.major !== 'bigint' || typeof candidate.minor !== 'bigint') {
    throw new InvalidPositionError('not a position read from an event store');
  }
}

/** Negative when `a` comes before `b`, positive when after, 0 when they are the same position. */
export function comparePositions(a: Position, b: Position): number {
  if (a.major !== b.major) return a.major < b.major ? -1 : 1;
  if (a.minor !== b.minor) return a.minor < b.minor ? -1 : 1;
  return 0;
}

/**
 * A checkpoint string. Both parts are zero-padded, so comparing the strings as text gives the
 * same order as `comparePositions` (useful for a checkpoint column of type text).
 */
export function positionToString(position: Position): string {
  return `${position.major.toString().padStart(PART_DIGITS, '0')}-${position.minor.toString().padStart(PART_DIGITS, '0')}`;
}

export function parsePosition(serialized: string): Position {
  const match = typeof serialized === 'string' ? SERIALIZED.exec(serialized) : null;
  if (!match) throw new InvalidPositionError(`not a serialized position: ${JSON.stringify(serialized)}`);
  return positionOf(BigInt(match[1]), BigInt(match[2]));
}
