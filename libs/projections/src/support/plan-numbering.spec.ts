import fc from 'fast-check';
import { NODE_KINDS, type NodeKind, type NumberingScope } from '@planledger/documents';
import { initialState, type PlanNode, type PlanState } from '@planledger/domain';
import { labelPart, nodeLabel, numbersOf, siblingsOf } from './plan-numbering';

interface TreeNode {
  kind: NodeKind;
  /** Index of an earlier node in the list, or null for a top-level node. */
  parent: number | null;
}

/** A plan state holding just a tree: node i is `n${i}`, appended to its parent's children. */
function planWith(tree: readonly TreeNode[], numbering: PlanState['numbering'] = {}): PlanState {
  const nodes: Record<string, PlanNode> = {};
  const childIds: Record<string, string[]> = {};
  const rootIds: string[] = [];
  tree.forEach(({ kind, parent }, index) => {
    const parentId = parent === null ? null : `n${parent}`;
    nodes[`n${index}`] = { kind, text: `第${index}个节点。`, parentId, responsibleUnits: [] };
    childIds[`n${index}`] = [];
    (parentId === null ? rootIds : childIds[parentId]).push(`n${index}`);
  });
  return { ...initialState(), nodes, childIds, rootIds, numbering };
}

/** Every node's label from the whole plan's numbering, as plan_nodes renders it. */
function labelsFromWholeNumbering(state: PlanState): Map<string, string> {
  const numbers = numbersOf(state);
  const labels = new Map<string, string>();
  const visit = (parentId: string | null, parentLabel: string): void =>
    siblingsOf(state, parentId).forEach((id, position) => {
      labels.set(id, parentLabel + labelPart(state.nodes[id].kind, numbers.get(id) ?? '', position));
      visit(id, labels.get(id) as string);
    });
  visit(null, '');
  return labels;
}

const treeNode = (index: number): fc.Arbitrary<TreeNode> =>
  fc.record({ kind: fc.constantFrom(...NODE_KINDS), parent: index === 0 ? fc.constant(null) : fc.option(fc.nat(index - 1), { freq: 4 }) });
const tree = fc.integer({ min: 1, max: 40 }).chain((size) => fc.tuple(...Array.from({ length: size }, (_, index) => treeNode(index))));
const numbering = fc.dictionary(fc.constantFrom(...NODE_KINDS), fc.constantFrom<NumberingScope>('parent', 'topLevel', 'document'));

describe('nodeLabel', () => {
  it('counts items on through a part when the plan numbers them so (both seeds do)', () => {
    const state = planWith(
      [
        { kind: 'part', parent: null },
        { kind: 'section', parent: 0 },
        { kind: 'item', parent: 1 },
        { kind: 'item', parent: 1 },
        { kind: 'section', parent: 0 },
        { kind: 'paragraph', parent: 4 },
        { kind: 'item', parent: 4 },
        { kind: 'part', parent: null },
        { kind: 'item', parent: 7 },
      ],
      { item: 'topLevel' },
    );
    expect(['n3', 'n5', 'n6', 'n8'].map((id) => nodeLabel(state, id))).toEqual(['一、（一）2.', '一、（二）第1段', '一、（二）3.', '二、1.']);
  });

  it('cites every node by the label the whole plan numbering gives it, under any numbering scopes', () => {
    fc.assert(
      fc.property(tree, numbering, (nodes, scopes) => {
        const state = planWith(nodes, scopes);
        const expected = labelsFromWholeNumbering(state);
        for (const id of Object.keys(state.nodes)) expect(nodeLabel(state, id)).toBe(expected.get(id));
      }),
      { numRuns: 300 },
    );
  });

  it('cites a node the plan does not hold by nothing', () => {
    expect(nodeLabel(planWith([{ kind: 'part', parent: null }]), 'gone')).toBe('');
  });
});
