/**
 * Myers' O(ND) difference algorithm, linear-space variant: find the middle snake of the shortest
 * edit script, recurse on both halves. Common prefix and suffix are trimmed at every level, which
 * is most of the work for revisions that touch a few words of a long clause.
 *
 * Tokens that occur on one side only can never be common, so they are marked up front and the
 * search runs over the rest (as GNU diff discards lines without a match): the script stays
 * minimal, and between two loosely related clauses the search space shrinks by half or more.
 *
 * The result marks which tokens of `a` were deleted and which of `b` were inserted; the unmarked
 * tokens of both sides form a longest common subsequence, pairwise in order.
 */
export interface EditRun {
  op: 'equal' | 'insert' | 'delete';
  length: number;
}

/** `a` and `b` hold token ids: small non-negative integers, as `encodeTokens` makes them. */
export function diffSequences(a: Int32Array, b: Int32Array): EditRun[] {
  const deleted = new Uint8Array(a.length);
  const inserted = new Uint8Array(b.length);
  const keptA = withoutUnmatched(a, b, deleted);
  const keptB = withoutUnmatched(b, a, inserted);
  const size = keptA.tokens.length + keptB.tokens.length + 3;
  const search: Search = {
    a: keptA.tokens,
    b: keptB.tokens,
    deleted: new Uint8Array(keptA.tokens.length),
    inserted: new Uint8Array(keptB.tokens.length),
    forward: new Int32Array(2 * size),
    backward: new Int32Array(2 * size),
    offset: size,
  };
  compareRange(search, 0, keptA.tokens.length, 0, keptB.tokens.length);
  for (let i = 0; i < keptA.positions.length; i++) if (search.deleted[i]) deleted[keptA.positions[i]] = 1;
  for (let i = 0; i < keptB.positions.length; i++) if (search.inserted[i]) inserted[keptB.positions[i]] = 1;
  return toRuns(deleted, inserted);
}

/**
 * The tokens of `side` that also occur in `other`, with their positions; the rest get marked.
 * Tokens are small non-negative integers (interned), so presence is a flat table.
 */
function withoutUnmatched(side: Int32Array, other: Int32Array, marks: Uint8Array): { tokens: Int32Array; positions: Int32Array } {
  let largest = 0;
  for (let i = 0; i < side.length; i++) if (side[i] > largest) largest = side[i];
  const present = new Uint8Array(largest + 1);
  for (let i = 0; i < other.length; i++) if (other[i] <= largest) present[other[i]] = 1;
  const positions = new Int32Array(side.length);
  let kept = 0;
  for (let i = 0; i < side.length; i++) {
    if (present[side[i]]) positions[kept++] = i;
    else marks[i] = 1;
  }
  const tokens = new Int32Array(kept);
  for (let i = 0; i < kept; i++) tokens[i] = side[positions[i]];
  return { tokens, positions: positions.subarray(0, kept) };
}

interface Search {
  a: Int32Array;
  b: Int32Array;
  deleted: Uint8Array;
  inserted: Uint8Array;
  /** Furthest x reached on each diagonal k = x - y, indexed k + offset. */
  forward: Int32Array;
  backward: Int32Array;
  offset: number;
}

function compareRange(s: Search, aLo: number, aHi: number, bLo: number, bHi: number): void {
  const { a, b } = s;
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
    aLo++;
    bLo++;
  }
  while (aLo < aHi && bLo < bHi && a[aHi - 1] === b[bHi - 1]) {
    aHi--;
    bHi--;
  }
  if (aLo === aHi) {
    s.inserted.fill(1, bLo, bHi);
    return;
  }
  if (bLo === bHi) {
    s.deleted.fill(1, aLo, aHi);
    return;
  }
  const [x, y] = middleSnake(s, aLo, aHi, bLo, bHi);
  compareRange(s, aLo, x, bLo, y);
  compareRange(s, x, aHi, y, bHi);
}

/**
 * Returns a point (x, y) on a shortest edit path between a[aLo..aHi) and b[bLo..bHi), strictly
 * inside the range, found where the forward and backward searches first overlap.
 */
function middleSnake(s: Search, aLo: number, aHi: number, bLo: number, bHi: number): [number, number] {
  const { a, b, forward: vf, backward: vb, offset: o } = s;
  const n = aHi - aLo;
  const m = bHi - bLo;
  const delta = n - m;
  const odd = (delta & 1) !== 0;
  const maxD = Math.ceil((n + m) / 2);
  vf[o + 1] = 0;
  vb[o + delta + 1] = n + 1;
  for (let d = 0; d <= maxD; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && vf[o + k - 1] < vf[o + k + 1]) ? vf[o + k + 1] : vf[o + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x++;
        y++;
      }
      vf[o + k] = x;
      if (odd && k >= delta - (d - 1) && k <= delta + (d - 1) && x >= vb[o + k]) {
        return [aLo + x, bLo + y];
      }
    }
    for (let k = delta - d; k <= delta + d; k += 2) {
      let x = k === delta - d || (k !== delta + d && vb[o + k + 1] <= vb[o + k - 1]) ? vb[o + k + 1] - 1 : vb[o + k - 1];
      let y = x - k;
      while (x > 0 && y > 0 && a[aLo + x - 1] === b[bLo + y - 1]) {
        x--;
        y--;
      }
      vb[o + k] = x;
      if (!odd && k >= -d && k <= d && x <= vf[o + k]) {
        const xf = vf[o + k];
        return [aLo + xf, bLo + xf - k];
      }
    }
  }
  throw new Error('middle snake not found: the search bounds are inconsistent');
}

function toRuns(deleted: Uint8Array, inserted: Uint8Array): EditRun[] {
  const runs: EditRun[] = [];
  let current: EditRun | null = null;
  let i = 0;
  let j = 0;
  while (i < deleted.length || j < inserted.length) {
    let op: EditRun['op'];
    if (i < deleted.length && deleted[i]) {
      op = 'delete';
      i++;
    } else if (j < inserted.length && inserted[j]) {
      op = 'insert';
      j++;
    } else {
      op = 'equal';
      i++;
      j++;
    }
    if (current && current.op === op) current.length++;
    else runs.push((current = { op, length: 1 }));
  }
  return runs;
}
