export interface PageSizeLimits {
  /** The most items one page may return, whatever the client asks for. */
  max: number;
  /** The page size when the client does not ask for one. */
  default: number;
}

/** A page size no page can have; toApiError maps it to BAD_USER_INPUT with these details. */
export class PageSizeError extends Error {
  readonly code = 'BAD_USER_INPUT';
  constructor(readonly details: { argument: string; requested: number; max: number }) {
    super(`${details.argument} must be a whole number from 0 to ${details.max}, got ${details.requested}`);
    this.name = 'PageSizeError';
  }
}

/**
 * How many items a resolver returns: the requested page size capped at `max`, `default` when
 * none was asked for. A negative or fractional size is refused rather than guessed at.
 * The complexity limit costs a variable page size at the argument's default, so resolvers must
 * cap: this is where the real bound comes from.
 */
export function capPageSize(requested: number | null | undefined, limits: PageSizeLimits, argument = 'first'): number {
  if (!Number.isSafeInteger(limits.max) || limits.max < 1 || !Number.isSafeInteger(limits.default) || limits.default < 0 || limits.default > limits.max) {
    throw new RangeError(`page size limits need 0 <= default <= max and max >= 1, got ${JSON.stringify(limits)}`);
  }
  if (requested === null || requested === undefined) return limits.default;
  if (!Number.isInteger(requested) || requested < 0) throw new PageSizeError({ argument, requested, max: limits.max });
  return Math.min(requested, limits.max);
}
