import fc from 'fast-check';
import type { DocNode, PlanDocument } from '@planledger/documents';
import { diffDocuments } from './diff-documents';
import { allNodes, clauseText, clonePlan, node, plan, planArbitrary } from './fixtures/plan-builders';
import { applyInlineOps } from './inline/inline-diff';
import type { ChangeStatus, DocumentDiff, MatchMode } from './model';

const MODES: MatchMode[] = ['identity', 'content'];

const statusesOf = (diff: DocumentDiff) =>
  Object.fromEntries(Object.entries(diff.summary).filter(([, n]) => n > 0)) as Partial<Record<ChangeStatus, number>>;

const items = (document: PlanDocument) => allNodes(document).filter((n) => n.kind === 'item');

describe('diffDocuments properties', () => {
  it.each(MODES)('reports every node of a plan diffed with itself as unchanged (%s)', (match) => {
    fc.assert(
      fc.property(planArbitrary, (document) => {
        const diff = diffDocuments(document, clonePlan(document), { match });
        expect(statusesOf(diff)).toEqual({ unchanged: allNodes(document).length });
        expect(diff.metadata).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it.each(MODES)('reports one moved item, not a removal and an addition, when an item moves (%s)', (match) => {
    fc.assert(
      fc.property(planArbitrary, fc.nat(), fc.nat(), (document, from, to) => {
        const after = clonePlan(document);
        const sections = allNodes(after).filter((n) => n.kind === 'section');
        const source = sections[from % sections.length];
        const [moving] = source.children.splice(from % source.children.length, 1);
        const target = sections[to % sections.length];
        const at = to % (target.children.length + 1);
        target.children.splice(at, 0, moving);
        const diff = diffDocuments(document, after, { match });
        const stayed = JSON.stringify(document) === JSON.stringify(after);
        expect(diff.summary.moved).toBe(stayed ? 0 : 1);
        expect(diff.summary.unchanged + diff.summary.renumbered + diff.summary.moved).toBe(diff.changes.length);
        const reported = diff.changes.find((c) => c.status === 'moved')?.after?.id;
        if (reported !== undefined && reported !== moving.id) {
          // Swapping neighbours reads as moving either one; any other move names the moved item.
          expect(source).toBe(target);
          expect([target.children[at - 1]?.id, target.children[at + 1]?.id]).toContain(reported);
        }
      }),
      { numRuns: 100 },
    );
  });

  it.each(MODES)('reports an inserted item as added and the items after it as renumbered, nothing else (%s)', (match) => {
    fc.assert(
      fc.property(planArbitrary, clauseText, fc.nat(), fc.nat(), (document, text, s, i) => {
        fc.pre(!allNodes(document).some((n) => n.text === text));
        const after = clonePlan(document);
        const sections = allNodes(after).filter((n) => n.kind === 'section');
        const section = sections[s % sections.length];
        section.children.splice(i % (section.children.length + 1), 0, node('new-item', 'item', text));
        const diff = diffDocuments(document, after, { match });
        const byId = new Map(diff.changes.map((c) => [(c.after ?? c.before)!.id, c]));
        expect(byId.get('new-item')!.status).toBe('added');
        for (const change of diff.changes.filter((c) => c.after?.id !== 'new-item')) {
          const shifted = change.before!.number !== change.after!.number;
          expect(change.status).toBe(shifted ? 'renumbered' : 'unchanged');
        }
      }),
      { numRuns: 100 },
    );
  });

  it('transforms the before text of every paired node into its after text', () => {
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 6 }), insert: fc.string({ unit: fc.constantFrom('质', '量', '，', '9', '%', '𠀋', '提', '升'), maxLength: 6 }) });
    fc.assert(
      fc.property(planArbitrary, fc.array(fc.tuple(fc.nat(), edit), { maxLength: 6 }), (document, edits) => {
        const after = clonePlan(document);
        const nodes = allNodes(after);
        for (const [which, { at, cut, insert }] of edits) {
          const target = nodes[which % nodes.length];
          const chars = [...target.text];
          const start = at % (chars.length + 1);
          chars.splice(start, cut, ...insert);
          target.text = chars.join('');
        }
        for (const match of MODES) {
          const diff = diffDocuments(document, after, { match });
          for (const change of diff.changes) {
            const beforeText = change.before ? textOf(document, change.before.id) : '';
            const afterText = change.after ? textOf(after, change.after.id) : '';
            expect(applyInlineOps(change.inline, 'before')).toBe(beforeText);
            expect(applyInlineOps(change.inline, 'after')).toBe(afterText);
            for (const op of change.inline) expect(op.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
          }
          if (match === 'identity') {
            expect(diff.summary.added + diff.summary.removed).toBe(0);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

function textOf(document: PlanDocument, id: string): string {
  return allNodes(document).find((n: DocNode) => n.id === id)!.text;
}
