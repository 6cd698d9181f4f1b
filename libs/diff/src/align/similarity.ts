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

export function bigramProfile(text: string): BigramProfile {
  const chars: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (isWordChar(code, char)) chars.push(code);
  }
  // A one-character text still needs a profile: pair it with nothing.
  const raw = new Float64Array(chars.length === 1 ? 1 : Math.max(0, chars.length - 1));
  if (chars.length === 1) raw[0] = chars[0] * CODE_POINTS;
  for (let i = 1; i < chars.length; i++) raw[i - 1] = chars[i - 1] * CODE_POINTS + chars[i];
  raw.sort();
  const keys: number[] = [];
  const counts: number[] = [];
  for (const key of raw) {
    if (keys.length > 0 && keys[keys.length - 1] === key) counts[counts.length - 1]++;
    else {
      keys.push(key);
      counts.push(1);
    }
  }
  return { keys: Float64Array.from(keys), counts: Int32Array.from(counts), total: raw.length };
}

/** Letters and digits of any script; the common cases (ASCII, CJK) without a regular expression. */
function isWordChar(code: number, char: string): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  return WORD_CHAR.test(char);
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
 * Weights bigrams by rarity within a document (inverse document frequency over the nodes being
 * matched), so 质量 and 推进, which every clause of a quality plan uses, count for little and a
 * shared 检验检测 or 成渝 counts for much. A bigram's frequency is the larger of its counts on the
 * two sides, so the one clause both versions share is not penalised for being on both.
 */
export interface WeightedProfile {
  profile: BigramProfile;
  /** The weight of each key of the profile, in key order. */
  weights: Float64Array;
  /** Sum of weight × count. */
  total: number;
}

export type Weighting = (profile: BigramProfile) => WeightedProfile;

export function bigramWeighting(before: BigramProfile[], after: BigramProfile[]): Weighting {
  const frequency = (profiles: BigramProfile[]) => {
    const counts = new Map<number, number>();
    for (const p of profiles) for (const key of p.keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const inBefore = frequency(before);
  const inAfter = frequency(after);
  const size = Math.max(before.length, after.length);
  const cache = new Map<BigramProfile, WeightedProfile>();
  return (profile) => {
    let weighted = cache.get(profile);
    if (!weighted) {
      const weights = new Float64Array(profile.keys.length);
      let total = 0;
      profile.keys.forEach((key, i) => {
        const df = Math.max(inBefore.get(key) ?? 0, inAfter.get(key) ?? 0);
        weights[i] = Math.log((size + 1) / (df + 0.5));
        total += weights[i] * profile.counts[i];
      });
      weighted = { profile, weights, total };
      cache.set(profile, weighted);
    }
    return weighted;
  };
}

/** Weight of the bigrams two profiles share (both weighted by the same weighting). */
export function weightedShared(a: WeightedProfile, b: WeightedProfile): number {
  const ka = a.profile.keys;
  const kb = b.profile.keys;
  const ca = a.profile.counts;
  const cb = b.profile.counts;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < ka.length && j < kb.length) {
    if (ka[i] < kb[j]) i++;
    else if (ka[i] > kb[j]) j++;
    else {
      shared += (ca[i] < cb[j] ? ca[i] : cb[j]) * a.weights[i];
      i++;
      j++;
    }
  }
  return shared;
}
