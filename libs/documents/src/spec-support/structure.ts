/** A document's shape without ids, for comparing two parses of the same text. */
import type { DocNode, PlanDocument } from '../model';

export interface NodeShape {
  kind: DocNode['kind'];
  text: string;
  responsibleUnits: string[];
  responsibleUnitsLabel?: string;
  children: NodeShape[];
}

export function shapeOf(nodes: readonly DocNode[]): NodeShape[] {
  return nodes.map((node) => {
    const shape: NodeShape = { kind: node.kind, text: node.text, responsibleUnits: node.responsibleUnits, children: shapeOf(node.children) };
    if (node.responsibleUnitsLabel) shape.responsibleUnitsLabel = node.responsibleUnitsLabel;
    return shape;
  });
}

export function structureOf(doc: PlanDocument): { metadata: PlanDocument['metadata']; nodes: NodeShape[] } {
  return { metadata: doc.metadata, nodes: shapeOf(doc.nodes) };
}

export function allIds(nodes: readonly DocNode[]): string[] {
  return nodes.flatMap((node) => [node.id, ...allIds(node.children)]);
}

export function countKinds(nodes: readonly DocNode[]): Record<string, number> {
  const counts: Record<string, number> = {};
  const walk = (list: readonly DocNode[]): void => {
    for (const node of list) {
      counts[node.kind] = (counts[node.kind] ?? 0) + 1;
      walk(node.children);
    }
  };
  walk(nodes);
  return counts;
}

export function flatten(nodes: readonly DocNode[]): DocNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}
