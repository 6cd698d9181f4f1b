/**
 * Numeric targets of a clause, before and after: 合格率达到98.2%以上 → 达到95%以上 is one target
 * whose value changed, not a deleted sentence and an added one. Targets pair by indicator: the
 * same words first, then the most similar (制造业产品和消费品质量合格率 ≈ 制造业产品质量合格率).
 */
import type { NumericTarget } from '@planledger/documents';
import { maxWeightAssignment } from './align/assignment';
import { bigramProfile, dice } from './align/similarity';
import type { TargetChange, TargetField } from './model';

/** Indicators less alike than this measure different things. */
const INDICATOR_THRESHOLD = 0.5;

export function diffTargets(before: NumericTarget[], after: NumericTarget[]): TargetChange[] {
  const pairs: Array<[NumericTarget, NumericTarget]> = [];
  const openAfter = [...after];
  const openBefore: NumericTarget[] = [];
  for (const b of before) {
    const i = openAfter.findIndex((a) => a.indicator === b.indicator);
    if (i >= 0) pairs.push([b, openAfter.splice(i, 1)[0]]);
    else openBefore.push(b);
  }
  const weights = openBefore.map((b) =>
    openAfter.map((a) => {
      const similarity = indicatorSimilarity(b.indicator, a.indicator);
      return similarity >= INDICATOR_THRESHOLD ? similarity : 0;
    }),
  );
  const pairedAfter = new Set<NumericTarget>();
  const pairedBefore = new Set<NumericTarget>();
  maxWeightAssignment(weights).forEach((j, i) => {
    if (j < 0) return;
    pairs.push([openBefore[i], openAfter[j]]);
    pairedBefore.add(openBefore[i]);
    pairedAfter.add(openAfter[j]);
  });
  const changes: TargetChange[] = [];
  for (const [b, a] of pairs) {
    const fields = changedFields(b, a);
    if (fields.length > 0) changes.push({ change: 'changed', indicator: a.indicator, before: b, after: a, fields });
  }
  for (const b of openBefore) {
    if (!pairedBefore.has(b)) changes.push({ change: 'removed', indicator: b.indicator, before: b, after: null, fields: [] });
  }
  for (const a of openAfter) {
    if (!pairedAfter.has(a)) changes.push({ change: 'added', indicator: a.indicator, before: null, after: a, fields: [] });
  }
  return changes;
}

/**
 * Indicators are short, so single characters count as well as pairs: 国家标准 is closer to
 * 国家标准、行业标准 than 国际标准 is, though both share as many bigrams.
 */
function indicatorSimilarity(x: string, y: string): number {
  const characters = (text: string) => [...text].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const pool = characters(y);
  let shared = 0;
  for (const c of characters(x)) {
    const i = pool.indexOf(c);
    if (i >= 0) {
      shared++;
      pool.splice(i, 1);
    }
  }
  const total = characters(x).length + characters(y).length;
  const unigram = total === 0 ? 1 : (2 * shared) / total;
  return (unigram + dice(bigramProfile(x), bigramProfile(y))) / 2;
}

function changedFields(b: NumericTarget, a: NumericTarget): TargetField[] {
  const fields: TargetField[] = [];
  if (b.value !== a.value) fields.push('value');
  if (b.comparator !== a.comparator) fields.push('comparator');
  if (b.year !== a.year) fields.push('year');
  if (b.unit !== a.unit) fields.push('unit');
  return fields;
}
