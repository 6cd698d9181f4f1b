/**
 * Which paired nodes moved: a node moved when its parent is not its old parent's partner, when it
 * changed kind (a level up or down), or when it left the order of its siblings. For the last, the
 * longest run of siblings that kept their relative order stays put and the rest moved — so
 * dragging one item reports that one item, not every sibling it jumped over.
 */
import type { Alignment } from './align-documents';
import type { Entry, FlatDocument } from './flatten';

export function movedEntries(alignment: Alignment, after: FlatDocument): Set<Entry> {
  const moved = new Set<Entry>();
  const siblingsByParent = new Map<Entry | null, Array<{ a: Entry; b: Entry }>>();
  for (const a of after.entries) {
    const b = alignment.beforeOf.get(a);
    if (!b) continue;
    const sameParent = b.parent === null ? a.parent === null : a.parent !== null && alignment.afterOf.get(b.parent) === a.parent;
    if (!sameParent || b.node.kind !== a.node.kind) {
      moved.add(a);
      continue;
    }
    const siblings = siblingsByParent.get(a.parent) ?? [];
    siblings.push({ a, b });
    siblingsByParent.set(a.parent, siblings);
  }
  for (const siblings of siblingsByParent.values()) {
    const kept = longestIncreasingRun(siblings.map((s) => s.b.order));
    siblings.forEach((s, i) => {
      if (!kept.has(i)) moved.add(s.a);
    });
  }
  return moved;
}

/** Indexes of one longest strictly increasing subsequence, O(n log n). */
export function longestIncreasingRun(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) kept.add(i);
  return kept;
}
