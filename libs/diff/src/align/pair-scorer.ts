/**
 * How alike two clauses of the same kind are. Rarity-weighted bigram Dice of the whole text, with
 * the title (first sentence) weighted on its own since drafters keep or lightly reword it; for a
 * node with aligned children, half the score is how many of its children went to the other node;
 * plus a small bonus when the parents are already paired (a clause usually stays in its section).
 */
import type { Entry } from './flatten';
import { bigramWeighting, WeightedProfile, weightedShared } from './bigram-weighting';
import { weightedSharedMatrix } from './shared-weights';
import type { BigramProfile } from './similarity';

const TITLE_WEIGHT = 0.3;
const SAME_PARENT_BONUS = 0.05;
const CHILDREN_WEIGHT = 0.5;

export interface PairContext {
  parentsPaired(before: Entry, after: Entry): boolean;
  /** Share of the two nodes' aligned children that went from one to the other, or null if none. */
  childrenAgreement(before: Entry, after: Entry): number | null;
}

export interface PairScorer {
  /** Similarity of the pair, about [0, 1.05]. */
  score(before: Entry, after: Entry): number;
  /** `score` of every (before[i], after[j]), the same numbers, computed for all pairs at once. */
  scoreMatrix(before: Entry[], after: Entry[]): number[][];
  /** Rarity-weighted Dice of the texts alone, in [0, 1]. */
  textSimilarity(before: Entry, after: Entry): number;
  /** `textSimilarity` of every (before[i], after[j]), computed for all pairs at once. */
  textSimilarityMatrix(before: Entry[], after: Entry[]): number[][];
  /** How much of `part`'s title (a heading of a few words) is found in `whole`'s text. */
  titleContainment(part: Entry, whole: Entry): number;
  /** How much of `part`'s text is found in `whole`'s text. */
  textContainment(part: Entry, whole: Entry): number;
}

export function createPairScorer(
  before: Entry[],
  after: Entry[],
  context: PairContext,
): PairScorer {
  const weighting = bigramWeighting(
    before.map((e) => e.profile),
    after.map((e) => e.profile),
  );
  const weigh = (profile: BigramProfile) => weighting.weigh(profile);
  const diceOf = (x: BigramProfile, y: BigramProfile) => {
    const [a, b] = [weigh(x), weigh(y)];
    return weightedDice(a, b, weightedShared(a, b));
  };
  const diceMatrix = (xs: BigramProfile[], ys: BigramProfile[]) => {
    const [a, b] = [xs.map(weigh), ys.map(weigh)];
    return weightedSharedMatrix(a, b, weighting.keyCount).map((shared, i) => b.map((bj, j) => weightedDice(a[i], bj, shared[j])));
  };
  const containmentOf = (x: BigramProfile, y: BigramProfile) => {
    const part = weigh(x);
    return part.total === 0 ? 0 : weightedShared(part, weigh(y)) / part.total;
  };

  return {
    textSimilarity: (b, a) => diceOf(b.profile, a.profile),
    textSimilarityMatrix: (bs, as) => diceMatrix(bs.map((e) => e.profile), as.map((e) => e.profile)),
    score(b, a) {
      const title = hasHeading(b) && hasHeading(a) ? diceOf(b.titleProfile, a.titleProfile) : null;
      return combinedScore(diceOf(b.profile, a.profile), title, context.childrenAgreement(b, a), context.parentsPaired(b, a));
    },
    scoreMatrix(bs, as) {
      const text = diceMatrix(bs.map((e) => e.profile), as.map((e) => e.profile));
      // Titles count only between two nodes that both have one.
      const headedB = bs.filter(hasHeading);
      const headedA = as.filter(hasHeading);
      const title = diceMatrix(headedB.map((e) => e.titleProfile), headedA.map((e) => e.titleProfile));
      const titleRow = new Map(headedB.map((e, i) => [e, title[i]]));
      const titleColumn = new Map(headedA.map((e, j) => [e, j]));
      return bs.map((b, i) =>
        as.map((a, j) => {
          const titles = titleRow.get(b);
          const column = titleColumn.get(a);
          const titleDice = titles && column !== undefined ? titles[column] : null;
          return combinedScore(text[i][j], titleDice, context.childrenAgreement(b, a), context.parentsPaired(b, a));
        }),
      );
    },
    titleContainment: (part, whole) => (hasHeading(part) ? containmentOf(part.titleProfile, whole.profile) : 0),
    textContainment: (part, whole) => containmentOf(part.profile, whole.profile),
  };
}

/** Dice over weighted bigrams, given the weight the two share; two texts without words are alike. */
function weightedDice(a: WeightedProfile, b: WeightedProfile, shared: number): number {
  if (a.total + b.total === 0) return a.profile.total === 0 && b.profile.total === 0 ? 1 : 0;
  return (2 * shared) / (a.total + b.total);
}

function combinedScore(text: number, title: number | null, children: number | null, parentsPaired: boolean): number {
  const words = title === null ? text : TITLE_WEIGHT * title + (1 - TITLE_WEIGHT) * text;
  const similarity = children === null ? words : (1 - CHILDREN_WEIGHT) * words + CHILDREN_WEIGHT * children;
  return similarity + (parentsPaired ? SAME_PARENT_BONUS : 0);
}

/** A title worth matching on its own: a first sentence followed by more text, at least 4 characters. */
function hasHeading(entry: Entry): boolean {
  return entry.titleProfile.total >= 3 && entry.titleProfile.total < entry.profile.total;
}
