/**
 * Turns a minimal token diff into chunks a drafter can read. A minimal diff of Chinese prose is
 * confetti: 提高→提升 shares 提, two rewritten phrases share a stray 的. Two passes:
 * 1. dissolve short equalities squeezed between edits (the diff-match-patch rule: no longer than
 *    the edits on either side), except punctuation, which is where a reader expects a break;
 * 2. slide each lone insertion or deletion so its edges fall on punctuation where the text allows;
 * 3. a replacement that stops one character short of punctuation takes that character in, so
 *    大幅跃升 → 稳步提升 reads as the two words, not [-大幅跃-]{+稳步提+}升;
 * Lengths are counted in diff tokens, so 98.2% weighs as one word, not five characters.
 * The passes keep the ops lossless: equal+delete still spell the before text, equal+insert the after.
 */
import type { InlineOp } from '../model';
import { tokenCount } from './tokenize';

const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';', '\n']);
const CLAUSE_BREAK = new Set(['，', '、', '：', ',', ':', '）', ')', '”', '》', '」', '’', '】', '〕']);
const OPENING = new Set(['（', '(', '“', '《', '「', '‘', '【', '〔']);

export function cleanupInlineOps(ops: InlineOp[]): InlineOp[] {
  return slideEditsToPunctuation(absorbStrayCharacters(dissolveShortEqualities(normalizeOps(ops))));
}

/** Merges neighbours of one kind and orders each edit region as one deletion, then one insertion. */
export function normalizeOps(ops: InlineOp[]): InlineOp[] {
  const out: InlineOp[] = [];
  let deleted = '';
  let inserted = '';
  const flushEdits = () => {
    if (deleted) out.push({ op: 'delete', text: deleted });
    if (inserted) out.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  for (const op of ops) {
    if (!op.text) continue;
    if (op.op === 'delete') deleted += op.text;
    else if (op.op === 'insert') inserted += op.text;
    else {
      flushEdits();
      const last = out[out.length - 1];
      if (last && last.op === 'equal') last.text += op.text;
      else out.push({ op: 'equal', text: op.text });
    }
  }
  flushEdits();
  return out;
}

function dissolveShortEqualities(input: InlineOp[]): InlineOp[] {
  let ops = input;
  for (let i = 1; i < ops.length - 1; i++) {
    if (ops[i].op !== 'equal' || !isShortAmidEdits(ops, i)) continue;
    const text = ops[i].text;
    ops = normalizeOps([...ops.slice(0, i), { op: 'delete', text }, { op: 'insert', text }, ...ops.slice(i + 1)]);
    // The merged edit region grew, so the equality before it may now qualify too.
    i = Math.max(0, i - 3);
  }
  return ops;
}

function isShortAmidEdits(ops: InlineOp[], i: number): boolean {
  const text = ops[i].text;
  if ([...text].some(isPunctuation)) return false;
  const left = editSizes(ops, i, -1);
  const right = editSizes(ops, i, 1);
  const length = tokenCount(text);
  return length <= Math.max(left.deleted, left.inserted) && length <= Math.max(right.deleted, right.inserted);
}

/** Sizes of the edit region next to ops[i] on one side (the ops up to the next equality). */
function editSizes(ops: InlineOp[], i: number, step: 1 | -1): { deleted: number; inserted: number } {
  const sizes = { deleted: 0, inserted: 0 };
  for (let j = i + step; j >= 0 && j < ops.length && ops[j].op !== 'equal'; j += step) {
    if (ops[j].op === 'delete') sizes.deleted += tokenCount(ops[j].text);
    else sizes.inserted += tokenCount(ops[j].text);
  }
  return sizes;
}

function absorbStrayCharacters(input: InlineOp[]): InlineOp[] {
  const ops = input.map((op) => ({ ...op }));
  for (let i = 0; i < ops.length; i++) {
    if (!(ops[i].op === 'delete' && ops[i + 1]?.op === 'insert')) continue;
    const [deleted, inserted] = [ops[i], ops[i + 1]];
    const left = ops[i - 1];
    if (left?.op === 'equal') {
      const chars = [...left.text];
      const stray = chars[chars.length - 1];
      const beyond = chars[chars.length - 2];
      if (!isPunctuation(stray) && tokenCount(stray) === 1 && (beyond === undefined ? i - 1 === 0 : isPunctuation(beyond))) {
        left.text = chars.slice(0, -1).join('');
        deleted.text = stray + deleted.text;
        inserted.text = stray + inserted.text;
      }
    }
    const right = ops[i + 2];
    if (right?.op === 'equal') {
      const chars = [...right.text];
      const [stray, beyond] = chars;
      if (!isPunctuation(stray) && tokenCount(stray) === 1 && (beyond === undefined ? i + 2 === ops.length - 1 : isPunctuation(beyond))) {
        right.text = chars.slice(1).join('');
        deleted.text += stray;
        inserted.text += stray;
      }
    }
  }
  return normalizeOps(ops);
}

function slideEditsToPunctuation(input: InlineOp[]): InlineOp[] {
  const ops = input.map((op) => ({ ...op }));
  for (let i = 1; i < ops.length - 1; i++) {
    if (ops[i - 1].op === 'equal' && ops[i].op !== 'equal' && ops[i + 1].op === 'equal') {
      const [left, edit, right] = bestSlide([...ops[i - 1].text], [...ops[i].text], [...ops[i + 1].text]);
      ops[i - 1].text = left;
      ops[i].text = edit;
      ops[i + 1].text = right;
    }
  }
  return normalizeOps(ops);
}

/**
 * Among the equivalent placements of `edit` between `left` and `right` (possible when the edit
 * repeats the characters around it, as in 质量[质量]), picks the one whose edges score best.
 */
function bestSlide(left: string[], edit: string[], right: string[]): [string, string, string] {
  let l = left;
  let e = edit;
  let r = right;
  // Shift fully left first, then try every step to the right.
  while (l.length > 0 && l[l.length - 1] === e[e.length - 1]) {
    r = [e[e.length - 1], ...r];
    e = [l[l.length - 1], ...e.slice(0, -1)];
    l = l.slice(0, -1);
  }
  let best: [string[], string[], string[]] = [l, e, r];
  let bestScore = placementScore(l, e, r);
  while (r.length > 0 && e[0] === r[0]) {
    l = [...l, e[0]];
    e = [...e.slice(1), r[0]];
    r = r.slice(1);
    const score = placementScore(l, e, r);
    if (score >= bestScore) {
      best = [l, e, r];
      bestScore = score;
    }
  }
  return [best[0].join(''), best[1].join(''), best[2].join('')];
}

function placementScore(left: string[], edit: string[], right: string[]): number {
  return boundaryScore(left[left.length - 1], edit[0]) + boundaryScore(edit[edit.length - 1], right[0]);
}

/** How natural a break between two characters reads; undefined is the edge of the text. */
function boundaryScore(before: string | undefined, after: string | undefined): number {
  if (before === undefined || after === undefined) return 6;
  if (SENTENCE_END.has(before)) return 5;
  if (CLAUSE_BREAK.has(before) || OPENING.has(after)) return 4;
  if (SENTENCE_END.has(after) || CLAUSE_BREAK.has(after)) return 3;
  if (isAsciiWord(before) !== isAsciiWord(after)) return 1;
  return 0;
}

function isAsciiWord(char: string): boolean {
  return /^[A-Za-z0-9.%]$/.test(char);
}

function isPunctuation(char: string): boolean {
  return SENTENCE_END.has(char) || CLAUSE_BREAK.has(char) || OPENING.has(char);
}
