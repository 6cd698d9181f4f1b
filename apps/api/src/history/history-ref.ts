import { PlanError } from '@planledger/domain';

/**
 * A point in a plan's history: a revision (1 = the plan's first event, n = after its first n
 * events), an instant (compared with the store's `createdAt` of each event, to the millisecond),
 * or the name of a version (征求意见稿（第1轮）, 送审稿, a tag…).
 */
export type HistoryRef = { revision: number } | { at: Date | string } | { version: string };

export type CheckedHistoryRef =
  | { kind: 'revision'; revision: number }
  | { kind: 'at'; at: Date }
  | { kind: 'version'; name: string };

/** An instant written with its offset, so it means the same moment on every server. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Checks the shape of a ref (exactly one of revision, at, version); BAD_USER_INPUT otherwise. */
export function checkHistoryRef(ref: unknown): CheckedHistoryRef {
  if (ref === null || typeof ref !== 'object') throw badRef('ref', 'give a revision, an instant or a version name');
  const keys = Object.keys(ref).filter((key) => (ref as Record<string, unknown>)[key] !== undefined);
  if (keys.length !== 1) throw badRef('ref', 'give exactly one of revision, at and version');
  const candidate = ref as { revision?: unknown; at?: unknown; version?: unknown };
  switch (keys[0]) {
    case 'revision':
      if (typeof candidate.revision !== 'number' || !Number.isSafeInteger(candidate.revision) || candidate.revision < 0) {
        throw badRef('ref.revision', 'a revision is a whole number from 1');
      }
      return { kind: 'revision', revision: candidate.revision };
    case 'at':
      return { kind: 'at', at: instantOf(candidate.at) };
    case 'version':
      if (typeof candidate.version !== 'string' || candidate.version.trim() === '') {
        throw badRef('ref.version', 'name the version');
      }
      return { kind: 'version', name: candidate.version.trim() };
    default:
      throw badRef('ref', 'give a revision, an instant or a version name');
  }
}

function instantOf(value: unknown): Date {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  if (typeof value === 'string' && ISO_INSTANT.test(value)) {
    const parsed = new Date(value);
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  throw badRef('ref.at', 'an instant is an ISO date-time with its offset, e.g. 2024-03-20T09:30:00+08:00');
}

function badRef(field: string, message: string): PlanError {
  return new PlanError('BAD_USER_INPUT', message, { field });
}
