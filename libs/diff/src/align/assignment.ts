/**
 * Maximum-weight bipartite matching by the Hungarian method (Kuhn–Munkres with potentials),
 * O(n²·m). Greedy "best pair first" can steal a clause's true partner and leave it stranded;
 * the Hungarian method maximises the total similarity of all pairs at once.
 */

/**
 * weights[i][j] ≥ 0 is the value of pairing row i with column j; 0 means "do not pair".
 * Returns, for each row, its column or -1.
 */
export function maxWeightAssignment(weights: number[][]): number[] {
  const rows = weights.length;
  const cols = rows === 0 ? 0 : weights[0].length;
  if (rows === 0 || cols === 0) return new Array(rows).fill(-1);
  if (rows > cols) {
    const transposed = Array.from({ length: cols }, (_, j) => weights.map((row) => row[j]));
    const colToRow = maxWeightAssignment(transposed);
    const rowToCol = new Array(rows).fill(-1);
    colToRow.forEach((i, j) => {
      if (i >= 0) rowToCol[i] = j;
    });
    return rowToCol;
  }
  const assigned = minCostAssignment(rows, cols, (i, j) => -weights[i][j]);
  return assigned.map((j, i) => (j >= 0 && weights[i][j] > 0 ? j : -1));
}

/** Assigns every row (rows ≤ cols) a distinct column at minimum total cost. */
function minCostAssignment(rows: number, cols: number, cost: (i: number, j: number) => number): number[] {
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(cols + 1);
  const rowOfCol = new Int32Array(cols + 1);
  const way = new Int32Array(cols + 1);
  const minv = new Float64Array(cols + 1);
  const used = new Uint8Array(cols + 1);
  for (let i = 1; i <= rows; i++) {
    rowOfCol[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = rowOfCol[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const reduced = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (reduced < minv[j]) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          u[rowOfCol[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (rowOfCol[j0] !== 0);
    do {
      const j1 = way[j0];
      rowOfCol[j0] = rowOfCol[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const result = new Array(rows).fill(-1);
  for (let j = 1; j <= cols; j++) if (rowOfCol[j] > 0) result[rowOfCol[j] - 1] = j - 1;
  return result;
}
