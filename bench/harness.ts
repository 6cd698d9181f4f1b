/**
 * The benchmark contract (shared/BENCH.md): ours and a baseline measured side by side, alternating,
 * after a warm-up; medians reported; a readable table, then one JSON line last.
 */
export interface SuiteOptions {
  quick: boolean;
}

export interface SuiteResult {
  suite: string;
  quick: boolean;
  db?: 'pglite' | 'postgres';
  /** The workload, printed as the table header: sizes, concurrency, event counts. */
  workload: string;
  rows: Array<{ name: string; value: number; unit: string; note?: string }>;
  metrics: Record<string, number>;
  ratios: Record<string, number>;
}

export type Suite = (options: SuiteOptions) => Promise<SuiteResult>;

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Runs `ours` and `baseline` alternately `rounds` times after `warmup` rounds each and returns
 * the median of each. Each function returns the measured figure of one round (e.g. ops/s or ms).
 */
export async function alternate(
  ours: () => Promise<number> | number,
  baseline: () => Promise<number> | number,
  { rounds, warmup = 1 }: { rounds: number; warmup?: number },
): Promise<{ ours: number; baseline: number }> {
  for (let i = 0; i < warmup; i++) {
    await ours();
    await baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Swap who goes first each round so drift in machine load does not favour one side.
    if (i % 2 === 0) {
      a.push(await ours());
      b.push(await baseline());
    } else {
      b.push(await baseline());
      a.push(await ours());
    }
  }
  return { ours: median(a), baseline: median(b) };
}

/** Operations per second of `count` operations that `run` performs. */
export async function throughput(count: number, run: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return count / seconds;
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function printResult(result: SuiteResult): void {
  const { suite, quick, db, workload, rows, metrics, ratios } = result;
  const width = Math.max(...rows.map((r) => r.name.length), 10);
  console.log(`\n== ${suite}${quick ? ' (quick)' : ''}${db ? ` on ${db}` : ''} — ${workload}`);
  for (const row of rows) {
    const value = row.value >= 100 ? Math.round(row.value).toLocaleString('en-US') : String(round(row.value, 3));
    console.log(`  ${row.name.padEnd(width)}  ${value.padStart(12)} ${row.unit}${row.note ? `  (${row.note})` : ''}`);
  }
  const json: Record<string, unknown> = { suite, quick };
  if (db) json.db = db;
  json.metrics = roundAll(metrics);
  json.ratios = roundAll(ratios, 3);
  console.log(JSON.stringify(json));
}

function roundAll(values: Record<string, number>, digits = 2): Record<string, number> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, round(v, digits)]));
}
