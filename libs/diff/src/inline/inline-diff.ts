/**
 * The inline diff of one clause: tokens (characters, ASCII runs whole), a Myers diff over them,
 * then the readability cleanup.
 */
import type { InlineOp } from '../model';
import { cleanupInlineOps } from './cleanup';
import { diffSequences } from './myers';
import { encodeTokens } from './tokenize';

export function inlineDiff(before: string, after: string): InlineOp[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : [];
  return cleanupInlineOps(rawInlineDiff(before, after));
}

/** The minimal token diff, before any cleanup. */
export function rawInlineDiff(before: string, after: string): InlineOp[] {
  const { a, b, startsA, startsB } = encodeTokens(before, after);
  const ops: InlineOp[] = [];
  let i = 0;
  let j = 0;
  for (const run of diffSequences(a, b)) {
    if (run.op === 'delete') {
      ops.push({ op: 'delete', text: before.slice(startsA[i], startsA[i + run.length]) });
      i += run.length;
    } else if (run.op === 'insert') {
      ops.push({ op: 'insert', text: after.slice(startsB[j], startsB[j + run.length]) });
      j += run.length;
    } else {
      ops.push({ op: 'equal', text: before.slice(startsA[i], startsA[i + run.length]) });
      i += run.length;
      j += run.length;
    }
  }
  return ops;
}

/** The text on one side of a list of ops: before (equal + delete) or after (equal + insert). */
export function applyInlineOps(ops: InlineOp[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'insert' : 'delete';
  return ops.filter((op) => op.op !== skip).map((op) => op.text).join('');
}
