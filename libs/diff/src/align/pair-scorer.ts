/**
 * How alike two clauses of the same kind are. Rarity-weighted bigram Dice of the whole text, with
 * the title (first sentence) weighted on its own since drafters keep or lightly reword it; for a
 * node with aligned children, half the score is how many of its children went to the other node;
 * plus a small bonus when the parents are already paired (a clause usually stays in its section).
 */
import type { Entry } from './flatten';
import { BigramProfile, bigramWeighting, weightedShared } from './similarity';

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
  /** Rarity-weighted Dice of the texts alone, in [0, 1]. */
  textSimilarity(before: Entry, after: Entry): number;
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
  const weigh = bigramWeighting(
    before.map((e) => e.profile),
    after.map((e) => e.profile),
  );
  const diceOf = (x: BigramProfile, y: BigramProfile) => {
    const [a, b] = [weigh(x), weigh(y)];
    if (a.total + b.total === 0) return x.total === 0 && y.total === 0 ? 1 : 0;
    return (2 * weightedShared(a, b)) / (a.total + b.total);
  };
  const containmentOf = (x: BigramProfile, y: BigramProfile) => {
    const part = weigh(x);
    return part.total === 0 ? 0 : weightedShared(part, weigh(y)) / part.total;
  };

  return {
    textSimilarity: (b, a) => diceOf(b.profile, a.profile),
    score(b, a) {
      const text = diceOf(b.profile, a.profile);
      const words =
        hasHeading(b) && hasHeading(a)
          ? TITLE_WEIGHT * diceOf(b.titleProfile, a.titleProfile) + (1 - TITLE_WEIGHT) * text
          : text;
      const children = context.childrenAgreement(b, a);
      const similarity = children === null ? words : (1 - CHILDREN_WEIGHT) * words + CHILDREN_WEIGHT * children;
      return similarity + (context.parentsPaired(b, a) ? SAME_PARENT_BONUS : 0);
    },
    titleContainment: (part, whole) => (hasHeading(part) ? containmentOf(part.titleProfile, whole.profile) : 0),
    textContainment: (part, whole) => containmentOf(part.profile, whole.profile),
  };
}

/** A title worth matching on its own: a first sentence followed by more text, at least 4 characters. */
function hasHeading(entry: Entry): boolean {
  return entry.titleProfile.total >= 3 && entry.titleProfile.total < entry.profile.total;
}
