import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '@planledger/documents';
import { diffDocuments } from './diff-documents';
import { scoreItemAlignment, seedAlignment } from './fixtures/alignment-score';
import { applyInlineOps } from './inline/inline-diff';

const seed = (name: string) => parseDocument(readFileSync(join(__dirname, '../../..', name), 'utf8')).document;

describe('diffing the two seed plans (consultation draft 001 → issued 000)', () => {
  const before = seed(seedAlignment.before);
  const after = seed(seedAlignment.after);
  const diff = diffDocuments(before, after, { match: 'content' });

  it('refers to the items the hand alignment names', () => {
    const titles = (side: 'before' | 'after') =>
      Object.fromEntries(
        diff.changes.flatMap((c) => (c[side]?.kind === 'item' ? [[String(Number.parseInt(c[side]!.number, 10)), c[side]!.title]] : [])),
      );
    expect(titles('before')).toEqual(seedAlignment.titles.before);
    expect(titles('after')).toEqual(seedAlignment.titles.after);
  });

  it('aligns items with precision and recall of at least 0.95 against the hand alignment', () => {
    const score = scoreItemAlignment(diff);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the moved item and the merges a drafter would point out', () => {
    const pair = (b: string, a: string) =>
      diff.changes.find((c) => c.before?.kind === 'item' && c.before.number === b && c.after?.number === a);
    expect(pair('8.', '5.')).toMatchObject({ status: 'moved', after: { title: '实施工业品质量升级工程' } });
    expect(pair('16.', '11.')).toBeDefined();
    expect(pair('30.', '22.')).toMatchObject({ status: 'merged' });
    expect(pair('5.', '6.')).toMatchObject({ status: 'merged' });
  });

  it('reports the changed metadata: title, document number, consultation mark', () => {
    const fields = diff.metadata.map((m) => m.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'documentNumber', 'addressees', 'date', 'isConsultationDraft']));
  });

  it('reports changed numeric targets of the goals', () => {
    const targets = diff.changes.flatMap((c) => c.targets);
    expect(targets).toContainEqual(
      expect.objectContaining({ change: 'removed', indicator: '生产领域药品抽检合格率', before: expect.objectContaining({ value: 99.8, unit: '%', year: 2027 }) }),
    );
    expect(targets).toContainEqual(
      expect.objectContaining({ change: 'added', indicator: '高新技术企业', after: expect.objectContaining({ value: 570, unit: '家', comparator: '>' }) }),
    );
  });

  it('rebuilds every paired node from its inline ops', () => {
    const texts = (doc: typeof before) => {
      const map = new Map<string, string>();
      const walk = (nodes: typeof before.nodes) => nodes.forEach((n) => (map.set(n.id, n.text), walk(n.children)));
      walk(doc.nodes);
      return map;
    };
    const [tb, ta] = [texts(before), texts(after)];
    for (const change of diff.changes) {
      expect(applyInlineOps(change.inline, 'before')).toBe(change.before ? tb.get(change.before.id) : '');
      expect(applyInlineOps(change.inline, 'after')).toBe(change.after ? ta.get(change.after.id) : '');
    }
  });
});
