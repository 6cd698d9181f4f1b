import type { DocNode, PlanDocument } from '@planledger/documents';
import type { FlatNode } from './plan-events';
import { childrenOf, findNode, type PlanState } from './plan-state';

/** The document's nodes in document order (depth first), each with its parent and position. */
export function flattenDocument(document: PlanDocument): FlatNode[] {
  const flat: FlatNode[] = [];
  const visit = (nodes: readonly DocNode[], parentId: string | null): void => {
    nodes.forEach((node, index) => {
      flat.push({
        id: node.id,
        kind: node.kind,
        text: node.text,
        responsibleUnits: [...node.responsibleUnits],
        parentId,
        index,
      });
      visit(node.children, node.id);
    });
  };
  visit(document.nodes, null);
  return flat;
}

/** The plan as a document tree, for rendering, export and diffs. */
export function toDocument(state: PlanState): PlanDocument {
  const build = (nodeId: string): DocNode => {
    const node = findNode(state, nodeId);
    if (node === undefined) throw new Error(`plan state lists missing node ${nodeId}`);
    return {
      id: nodeId,
      kind: node.kind,
      text: node.text,
      responsibleUnits: [...node.responsibleUnits],
      children: childrenOf(state, nodeId).map(build),
    };
  };
  const document: PlanDocument = {
    metadata: { ...state.metadata, addressees: [...state.metadata.addressees] },
    nodes: state.rootIds.map(build),
  };
  if (Object.keys(state.numbering).length > 0) document.numbering = { ...state.numbering };
  return document;
}
