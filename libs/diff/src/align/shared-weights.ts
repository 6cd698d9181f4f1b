/**
 * `weightedShared` for every (row, column) pair at once. Comparing two clauses key by key walks
 * both profiles whole, though unrelated clauses share few bigrams; an inverted index over the
 * columns' bigrams touches only the bigrams a pair shares (about a twentieth of the work on the
 * seeds). Each pair's sum adds the same terms in the same order (the row's keys, ascending) as
 * `weightedShared(row, column)` does, so every entry is the same number to the last bit.
 */
import type { WeightedProfile } from './bigram-weighting';

/** Rows and columns weighed by one weighting, whose key ids run below `keyCount`. */
export function weightedSharedMatrix(rows: WeightedProfile[], columns: WeightedProfile[], keyCount: number): Float64Array[] {
  // The postings of each key id, laid out one after another: columns holding it, and how often.
  const start = new Int32Array(keyCount + 1);
  for (const column of columns) for (let t = 0; t < column.ids.length; t++) start[column.ids[t] + 1]++;
  for (let id = 0; id < keyCount; id++) start[id + 1] += start[id];
  const next = start.slice(0, keyCount);
  const postedColumn = new Int32Array(start[keyCount]);
  const postedCount = new Int32Array(start[keyCount]);
  columns.forEach((column, j) => {
    for (let t = 0; t < column.ids.length; t++) {
      const at = next[column.ids[t]]++;
      postedColumn[at] = j;
      postedCount[at] = column.profile.counts[t];
    }
  });
  return rows.map((row) => {
    const shared = new Float64Array(columns.length);
    const { ids, weights, profile } = row;
    for (let t = 0; t < ids.length; t++) {
      const count = profile.counts[t];
      const weight = weights[t];
      for (let p = start[ids[t]]; p < start[ids[t] + 1]; p++) {
        const other = postedCount[p];
        shared[postedColumn[p]] += (count < other ? count : other) * weight;
      }
    }
    return shared;
  });
}
