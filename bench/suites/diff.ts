/**
 * diff: our structure-aware plan diff against diff-match-patch on the same texts.
 *
 * Workloads: the two seeds (consultation draft 001 → issued 000, different plans, matched by
 * content), and a synthetic ~30,000-character plan with 50 local edits, diffed twice: matched by
 * content, and in identity mode as two versions of one plan (both texts parse to the same lines,
 * so their sequential ids are shared, as the versions of a plan stream share node ids). Ours is
 * timed with parsing (text in, diff out, as the CLI does) and without (documents already parsed,
 * as the API does). The baseline is diff_main + diff_cleanupSemantic on the whole texts with
 * Diff_Timeout = 0, so it runs to the end instead of giving up after a second. Before timing, each
 * output is checked once: every paired node's inline ops rebuild its before and after text, both
 * synthetic diffs report exactly the 50 edited clauses, the identity diff pairs every node with
 * the node of the same id, and the baseline's diff rebuilds the whole texts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import DiffMatchPatch from 'diff-match-patch';
import { DocNode, parseDocument, PlanDocument } from '@planledger/documents';
import { applyInlineOps, diffDocuments, DocumentDiff, MatchMode } from '@planledger/diff';
import { syntheticRevision } from '../../libs/diff/src/fixtures/synthetic-revision';
import { alternate, median, Suite, SuiteResult } from '../harness';

const seedsDir = join(__dirname, '../../seeds');
const SYNTHETIC = { length: 30_000, edits: 50, seed: 20231225 };

interface Workload {
  name: string;
  before: string;
  after: string;
  match: MatchMode;
}

export const run: Suite = async ({ quick }) => {
  const draft = readFileSync(join(seedsDir, '001_7914db94b213197e.txt'), 'utf8');
  const issued = readFileSync(join(seedsDir, '000_742c0bb3951157b4.txt'), 'utf8');
  const synthetic = syntheticRevision(draft, issued, SYNTHETIC);
  const workloads: Workload[] = [
    { name: 'seeds', before: draft, after: issued, match: 'content' },
    { name: 'synthetic', before: synthetic.before, after: synthetic.after, match: 'content' },
    { name: 'synthetic_identity', before: synthetic.before, after: synthetic.after, match: 'identity' },
  ];

  checkOurs(workloads[0]);
  for (const w of workloads.slice(1)) {
    const modified = checkOurs(w).changes.filter((c) => c.status !== 'unchanged');
    if (modified.length !== SYNTHETIC.edits || modified.some((c) => c.status !== 'modified')) {
      throw new Error(`${w.name} diff reports ${modified.length} changes, expected ${SYNTHETIC.edits} modified clauses`);
    }
  }
  for (const w of workloads) checkBaseline(w);

  const rounds = quick ? 5 : 15;
  const result: SuiteResult = {
    suite: 'diff',
    quick,
    workload:
      `seeds 001→000 (${length(draft)} → ${length(issued)} chars, different plans, content match); ` +
      `synthetic ${length(synthetic.before)} chars with ${SYNTHETIC.edits} local edits, content match and ` +
      `identity match (two versions of one plan, ids shared); ` +
      `baseline diff-match-patch diff_main + diff_cleanupSemantic, Diff_Timeout = 0 (no cut-off); ` +
      `${rounds} alternating rounds after warm-up (20 runs of ours, 1 of the baseline), medians`,
    rows: [],
    metrics: {},
    ratios: {},
  };
  for (const w of workloads) {
    const parsed = { before: parseDocument(w.before).document, after: parseDocument(w.after).document };
    const withoutParsing: number[] = [];
    const ours = () => {
      const start = performance.now();
      diffDocuments(parseDocument(w.before).document, parseDocument(w.after).document, { match: w.match });
      const withParsing = performance.now() - start;
      // The same diff on documents parsed once up front, timed in the same round.
      const again = performance.now();
      diffDocuments(parsed.before, parsed.after, { match: w.match });
      withoutParsing.push(performance.now() - again);
      return withParsing;
    };
    // Ours is cheap to warm up properly (the JIT needs a few dozen calls); the baseline gets the usual warm-up.
    for (let i = 0; i < 20; i++) ours();
    withoutParsing.length = 0;
    const timed = await alternate(
      ours,
      () => {
        const start = performance.now();
        baselineDiff(w.before, w.after);
        return performance.now() - start;
      },
      { rounds, warmup: 1 },
    );
    const noParse = median(withoutParsing);
    result.metrics[`diff_ms_${w.name}`] = timed.ours;
    result.metrics[`diff_ms_${w.name}_without_parsing`] = noParse;
    result.metrics[`dmp_ms_${w.name}`] = timed.baseline;
    result.ratios[`diff_speedup_vs_dmp_${w.name}`] = timed.baseline / timed.ours;
    result.ratios[`diff_speedup_vs_dmp_${w.name}_without_parsing`] = timed.baseline / noParse;
    result.rows.push(
      { name: `${w.name}: ours, parse + diff`, value: timed.ours, unit: 'ms' },
      { name: `${w.name}: ours, diff only`, value: noParse, unit: 'ms' },
      { name: `${w.name}: diff-match-patch`, value: timed.baseline, unit: 'ms' },
      { name: `${w.name}: speed-up vs dmp`, value: timed.baseline / timed.ours, unit: '×', note: 'with parsing' },
    );
  }
  return result;
};

/**
 * Our diff once, checked: every change's inline ops spell its nodes' texts, and in identity mode
 * every node is paired with the node of its id.
 */
function checkOurs(w: Workload): DocumentDiff {
  const before = parseDocument(w.before).document;
  const after = parseDocument(w.after).document;
  const diff = diffDocuments(before, after, { match: w.match });
  const [textsBefore, textsAfter] = [textsById(before), textsById(after)];
  for (const change of diff.changes) {
    const expectedBefore = change.before ? textsBefore.get(change.before.id) : '';
    const expectedAfter = change.after ? textsAfter.get(change.after.id) : '';
    if (applyInlineOps(change.inline, 'before') !== expectedBefore || applyInlineOps(change.inline, 'after') !== expectedAfter) {
      throw new Error(`${w.name}: the inline ops of ${change.status} ${change.after?.id ?? change.before?.id} do not rebuild its text`);
    }
    if (w.match === 'identity' && change.before?.id !== change.after?.id) {
      throw new Error(`${w.name}: ${change.before?.id ?? 'nothing'} is paired with ${change.after?.id ?? 'nothing'}, not with the node of its id`);
    }
  }
  return diff;
}

function checkBaseline(w: Workload): void {
  const diffs = baselineDiff(w.before, w.after);
  const before = diffs.filter(([op]) => op !== 1).map(([, text]) => text).join('');
  const after = diffs.filter(([op]) => op !== -1).map(([, text]) => text).join('');
  if (before !== w.before || after !== w.after) throw new Error(`${w.name}: diff-match-patch did not rebuild the texts`);
}

function baselineDiff(before: string, after: string): DiffMatchPatch.Diff[] {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  const diffs = dmp.diff_main(before, after);
  dmp.diff_cleanupSemantic(diffs);
  return diffs;
}

function textsById(document: PlanDocument): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (nodes: DocNode[]) => nodes.forEach((n) => (texts.set(n.id, n.text), walk(n.children)));
  walk(document.nodes);
  return texts;
}

function length(text: string): number {
  return [...text].length;
}
