import fc from 'fast-check';
import type { NodeKind } from '@planledger/documents';
import { planArbitrary } from '../fixtures/plan-builders';
import { revisionArbitrary } from '../fixtures/revisions';
import { Entry, flattenDocument } from './flatten';
import { createPairScorer, PairContext } from './pair-scorer';

/** A context with both signals in play: parents paired by equal text, children by equal texts. */
const context: PairContext = {
  parentsPaired: (b, a) => b.parent?.node.text === a.parent?.node.text,
  childrenAgreement: (b, a) => {
    const total = b.children.length + a.children.length;
    if (total === 0) return null;
    const texts = new Set(a.children.map((c) => c.node.text));
    return (2 * b.children.filter((c) => texts.has(c.node.text)).length) / total;
  },
};

const KINDS: NodeKind[] = ['part', 'section', 'item'];

// The alignment feeds these matrices to the assignment: equal to the last bit, it pairs the same.
describe('scoring every pair at once', () => {
  const expectSameAsPairwise = (before: Entry[], after: Entry[]) => {
    const scorer = createPairScorer(before, after, context);
    const scores = scorer.scoreMatrix(before, after);
    const similarities = scorer.textSimilarityMatrix(before, after);
    const differing = before.flatMap((b, i) =>
      after.flatMap((a, j) =>
        Object.is(scores[i][j], scorer.score(b, a)) && Object.is(similarities[i][j], scorer.textSimilarity(b, a))
          ? []
          : [`${b.node.id}→${a.node.id}`],
      ),
    );
    expect(differing).toEqual([]);
  };

  it('gives the pairwise scores of each kind on near-identical revisions', () => {
    fc.assert(
      fc.property(revisionArbitrary, ({ before, after }) => {
        const [flatBefore, flatAfter] = [flattenDocument(before), flattenDocument(after)];
        for (const kind of KINDS) {
          const ofKind = (entries: Entry[]) => entries.filter((e) => e.node.kind === kind);
          expectSameAsPairwise(ofKind(flatBefore.entries), ofKind(flatAfter.entries));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives the pairwise scores across kinds and between unrelated plans', () => {
    fc.assert(
      fc.property(planArbitrary, planArbitrary, (before, after) => {
        expectSameAsPairwise(flattenDocument(before).entries, flattenDocument(after).entries);
      }),
      { numRuns: 30 },
    );
  });
});
