/**
 * Character-bigram profiles of Chinese text and the Dice coefficient over them. Chinese has no
 * spaces to split words on; overlapping character pairs capture words (质量, 品牌) without a
 * dictionary. Punctuation and whitespace are left out so 1. vs 1.␣ or ，vs , do not count.
 */
export interface BigramProfile {
  /** Bigram keys (two code points packed in one number), ascending, each once. */
  keys: Float64Array;
  counts: Int32Array;
  /** Number of bigrams counted with multiplicity. */
  total: number;
}

const CODE_POINTS = 0x110000;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether each BMP code point is a word character: 0 not yet known, 1 yes, 2 no. */
const BMP_WORD_CHAR = new Uint8Array(0x10000);

export function bigramProfile(text: string): BigramProfile {
  const chars = wordCodePoints(text);
  // A one-character text still needs a profile: pair it with nothing.
  if (chars.length === 1) return { keys: Float64Array.of(chars[0] * CODE_POINTS), counts: Int32Array.of(1), total: 1 };
  return profileOfBigrams(chars, 0, Math.max(0, chars.length - 1));
}

/** The profile of the bigrams (chars[i], chars[i + 1]) for i from `from` up to `to`. */
function profileOfBigrams(chars: number[], from: number, to: number): BigramProfile {
  const raw = new Float64Array(to - from);
  for (let i = from; i < to; i++) raw[i - from] = chars[i] * CODE_POINTS + chars[i + 1];
  raw.sort();
  let distinct = 0;
  for (let i = 0; i < raw.length; i++) if (i === 0 || raw[i] !== raw[i - 1]) distinct++;
  const keys = new Float64Array(distinct);
  const counts = new Int32Array(distinct);
  let k = -1;
  for (let i = 0; i < raw.length; i++) {
    if (i === 0 || raw[i] !== raw[i - 1]) keys[++k] = raw[i];
    counts[k]++;
  }
  return { keys, counts, total: raw.length };
}

/** The code points of the text's letters and digits, in order. */
function wordCodePoints(text: string): number[] {
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const isPair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (isPair) {
      const code = text.codePointAt(i)!;
      if (WORD_CHAR.test(text.slice(i, i + 2))) codes.push(code);
      i++;
    } else if (isWordUnit(unit)) codes.push(unit);
  }
  return codes;
}

/** Letters and digits of the BMP; the common cases (ASCII, CJK) without a regular expression. */
function isWordUnit(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  // Chinese punctuation is in every clause: ask the regular expression once per code point.
  if (BMP_WORD_CHAR[code] === 0) BMP_WORD_CHAR[code] = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return BMP_WORD_CHAR[code] === 1;
}

/** Bigrams the two profiles share, counted with multiplicity. */
export function sharedBigrams(a: BigramProfile, b: BigramProfile): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.keys.length && j < b.keys.length) {
    if (a.keys[i] < b.keys[j]) i++;
    else if (a.keys[i] > b.keys[j]) j++;
    else {
      shared += Math.min(a.counts[i], b.counts[j]);
      i++;
      j++;
    }
  }
  return shared;
}

/** Dice similarity in [0, 1]; two empty texts are identical. */
export function dice(a: BigramProfile, b: BigramProfile): number {
  if (a.total + b.total === 0) return 1;
  return (2 * sharedBigrams(a, b)) / (a.total + b.total);
}

/**
 * `dice(bigramProfile(x), bigramProfile(y))` from the edited stretch alone: the bigrams inside the
 * texts' common beginning and ending are shared as they are, so only the bigrams between them need
 * sorting and comparing. Null when that stretch is over a quarter of the shorter text: then whole
 * profiles (which the caller may already hold) cost no more.
 */
export function diceOfSmallEdit(x: string, y: string): number | null {
  const a = wordCodePoints(x);
  const b = wordCodePoints(y);
  if (a.length < 2 || b.length < 2) return null;
  const limit = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < limit && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  // Bigram i joins chars i and i + 1: those inside the prefix are 0 … prefix − 2, inside the suffix from length − suffix on.
  const from = Math.max(0, prefix - 1);
  const to = (chars: number[]) => chars.length - Math.max(suffix, 1);
  if (4 * Math.max(to(a) - from, to(b) - from) > limit) return null;
  const middle = (chars: number[]) => profileOfBigrams(chars, from, to(chars));
  const shared = Math.max(0, prefix - 1) + Math.max(0, suffix - 1) + sharedBigrams(middle(a), middle(b));
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}
