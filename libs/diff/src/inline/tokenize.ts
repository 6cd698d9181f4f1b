/**
 * Splits text into diff tokens for Chinese prose: one token per code point (so a surrogate pair is
 * never cut), except that a run of ASCII letters, digits, '.' and '%' stays whole — 98.2% against
 * 95% then reads as one replacement instead of a scatter of digits.
 */
export function tokenizeForDiff(text: string): string[] {
  const starts = tokenStarts(text);
  return starts.slice(0, -1).map((start, k) => text.slice(start, starts[k + 1]));
}

/** Where each token starts (in UTF-16 units), then the text's length: n + 1 offsets for n tokens. */
export function tokenStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i = tokenEnd(text, i)) starts.push(i);
  starts.push(text.length);
  return starts;
}

/** How many tokens the text has. */
export function tokenCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i = tokenEnd(text, i)) count++;
  return count;
}

/** Where the token that starts at `start` ends. */
function tokenEnd(text: string, start: number): number {
  let i = start;
  const unit = text.charCodeAt(i++);
  if (isRunUnit(unit)) while (i < text.length && isRunUnit(text.charCodeAt(i))) i++;
  else if (isHighSurrogate(unit) && i < text.length && isLowSurrogate(text.charCodeAt(i))) i++;
  return i;
}

export interface EncodedTokens {
  /** Token ids: equal tokens get equal ids, small non-negative integers, on both sides. */
  a: Int32Array;
  b: Int32Array;
  /** `tokenStarts` of each side, to cut the tokens out of the texts again. */
  startsA: number[];
  startsB: number[];
}

/**
 * Ids of the BMP characters seen by the current `encodeTokens` call. The tables outlive the call,
 * so a call neither allocates nor clears 64K entries: an entry counts only when it carries the
 * current call's stamp. (Calls never overlap: JavaScript runs them one at a time.)
 */
const bmpIds = new Int32Array(0x10000);
const bmpStamps = new Int32Array(0x10000);
let stamp = 0;

/**
 * Tokenizes both texts straight into ids, so the diff compares numbers, not strings. A BMP
 * character is looked up by its code unit; the rare others (a character outside the BMP, keyed by
 * its code point, or an ASCII run, keyed by its text) in a map.
 */
export function encodeTokens(before: string, after: string): EncodedTokens {
  if (++stamp === 0x7fffffff) {
    bmpStamps.fill(0);
    stamp = 1;
  }
  let next = 0;
  const others = new Map<number | string, number>();
  const encode = (text: string, starts: number[]): Int32Array => {
    const ids = new Int32Array(starts.length - 1);
    for (let k = 0; k < ids.length; k++) {
      const start = starts[k];
      const unit = text.charCodeAt(start);
      const isRun = isRunUnit(unit);
      // A non-run token two units long is a surrogate pair.
      if (isRun || starts[k + 1] - start === 2) {
        const key = isRun ? text.slice(start, starts[k + 1]) : text.codePointAt(start)!;
        let id = others.get(key);
        if (id === undefined) others.set(key, (id = next++));
        ids[k] = id;
      } else {
        if (bmpStamps[unit] !== stamp) {
          bmpStamps[unit] = stamp;
          bmpIds[unit] = next++;
        }
        ids[k] = bmpIds[unit];
      }
    }
    return ids;
  };
  const startsA = tokenStarts(before);
  const startsB = tokenStarts(after);
  return { a: encode(before, startsA), b: encode(after, startsB), startsA, startsB };
}

/** [A-Za-z0-9.%] */
function isRunUnit(unit: number): boolean {
  return (unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122) || unit === 46 || unit === 37;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
