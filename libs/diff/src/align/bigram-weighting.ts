/**
 * Weights bigrams by rarity within a document (inverse document frequency over the nodes being
 * matched), so 质量 and 推进, which every clause of a quality plan uses, count for little and a
 * shared 检验检测 or 成渝 counts for much. A bigram's frequency is the larger of its counts on the
 * two sides, so the one clause both versions share is not penalised for being on both.
 */
import { DenseIds } from '../dense-ids';
import type { BigramProfile } from './similarity';

export interface WeightedProfile {
  profile: BigramProfile;
  /** The id of each key of the profile in its weighting's `DenseIds`, in key order. */
  ids: Int32Array;
  /** The weight of each key of the profile, in key order. */
  weights: Float64Array;
  /** Sum of weight × count. */
  total: number;
}

export interface Weighting {
  weigh(profile: BigramProfile): WeightedProfile;
  /** Ids of every key weighed so far run from 0 to keyCount − 1. */
  readonly keyCount: number;
}

export function bigramWeighting(before: BigramProfile[], after: BigramProfile[]): Weighting {
  const matched = [...before, ...after];
  const ids = new DenseIds(matched.reduce((sum, p) => sum + p.keys.length, 0));
  const idsByProfile = new Map<BigramProfile, Int32Array>();
  const idsOf = (profile: BigramProfile) => {
    let keyIds = idsByProfile.get(profile);
    if (!keyIds) {
      keyIds = new Int32Array(profile.keys.length);
      for (let i = 0; i < keyIds.length; i++) keyIds[i] = ids.idOf(profile.keys[i]);
      idsByProfile.set(profile, keyIds);
    }
    return keyIds;
  };
  matched.forEach(idsOf);
  // Keys are distinct within a profile, so these count the profiles that hold each bigram.
  const frequency = (profiles: BigramProfile[]) => {
    const counts = new Int32Array(ids.size);
    for (const profile of profiles) {
      const keyIds = idsOf(profile);
      for (let i = 0; i < keyIds.length; i++) counts[keyIds[i]]++;
    }
    return counts;
  };
  const inBefore = frequency(before);
  const inAfter = frequency(after);
  const size = Math.max(before.length, after.length);
  const weightOf = (df: number) => Math.log((size + 1) / (df + 0.5));
  const known = new Float64Array(inBefore.length);
  for (let id = 0; id < known.length; id++) known[id] = weightOf(Math.max(inBefore[id], inAfter[id]));
  // A bigram of a node outside the matched ones (a host a leftover may have merged into) is rare.
  const unseen = weightOf(0);
  const cache = new Map<BigramProfile, WeightedProfile>();
  const weigh = (profile: BigramProfile): WeightedProfile => {
    let weighted = cache.get(profile);
    if (!weighted) {
      const keyIds = idsOf(profile);
      const weights = new Float64Array(keyIds.length);
      let total = 0;
      for (let i = 0; i < keyIds.length; i++) {
        weights[i] = keyIds[i] < known.length ? known[keyIds[i]] : unseen;
        total += weights[i] * profile.counts[i];
      }
      weighted = { profile, ids: keyIds, weights, total };
      cache.set(profile, weighted);
    }
    return weighted;
  };
  return {
    weigh,
    get keyCount() {
      return ids.size;
    },
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
