/**
 * Operational transform of one pending text edit past one edit already applied to the same
 * node. Both are ranges in UTF-16 code units of the text each applies to.
 *
 * Overlap (a conflict, never resolved silently):
 * - both edits delete, and their deleted ranges share at least one code unit; or
 * - one edit is a pure insertion whose position lies strictly inside the range the other deletes
 *   (both neighbouring characters of the insertion point are deleted by the other edit).
 * Ranges that only touch do not overlap. At a shared insertion point the order is fixed by the
 * order of acceptance: text inserted there by the edit accepted first stays first. The one
 * exception follows from intent: a pure insertion at the start of a range another edit replaced
 * stays in front of the replacement, next to the character its author typed after.
 */
export interface TextRange {
  offset: number;
  deleteCount: number;
}

export interface AppliedTextChange extends TextRange {
  insertedLength: number;
}

export type TransformOutcome = { overlaps: false; range: TextRange } | { overlaps: true };

export function transformPastChange(
  pending: TextRange,
  applied: AppliedTextChange,
): TransformOutcome {
  const appliedEnd = applied.offset + applied.deleteCount;
  const shift = applied.insertedLength - applied.deleteCount;
  const moved = (offset: number): TransformOutcome => ({
    overlaps: false,
    range: { offset, deleteCount: pending.deleteCount },
  });

  if (pending.deleteCount === 0) {
    const point = pending.offset;
    if (point < applied.offset) return moved(point);
    if (point === applied.offset) {
      return moved(applied.deleteCount === 0 ? point + applied.insertedLength : point);
    }
    if (point < appliedEnd) return { overlaps: true };
    return moved(point + shift);
  }

  const pendingEnd = pending.offset + pending.deleteCount;
  if (pendingEnd <= applied.offset) return moved(pending.offset);
  if (pending.offset >= appliedEnd) return moved(pending.offset + shift);
  return { overlaps: true };
}

/**
 * After an overlap the pending edit has no exact place; the smallest range covering both keeps
 * the search going, so the conflict can name every concurrent edit that touched the same text.
 */
export function rangeCovering(pending: TextRange, applied: AppliedTextChange): TextRange {
  const appliedEnd = applied.offset + applied.deleteCount;
  const pendingEnd = pending.offset + pending.deleteCount;
  const start = Math.min(pending.offset, applied.offset);
  const mappedEnd =
    pendingEnd <= applied.offset
      ? pendingEnd
      : pendingEnd >= appliedEnd
        ? pendingEnd - applied.deleteCount + applied.insertedLength
        : applied.offset + applied.insertedLength;
  const end = Math.max(mappedEnd, applied.offset + applied.insertedLength);
  return { offset: start, deleteCount: end - start };
}
