import type { DocNode, PlanDocument } from '@planledger/documents';

export interface Department {
  /** Stable id used in stream ids and events. */
  id: string;
  /** The name as written in the plan, e.g. 区市场监管局. */
  name: string;
}

const WHITESPACE = /[\s\u3000]+/g;

/**
 * The id of a department is its name without whitespace. A transliterated slug would need a
 * pinyin dictionary and would collide (区教委 / 区交委); department names are already unique within
 * a district government, survive every export, and read well in stream ids and audit logs.
 */
export function departmentIdFromName(name: string): string {
  return name.replace(WHITESPACE, '');
}

/**
 * Every department named as a responsible unit (责任单位) in the documents, once, in order of first
 * appearance (document order, depth first) so invitation lists read like the plan.
 */
export function departmentsFromDocuments(documents: readonly PlanDocument[]): Department[] {
  const byId = new Map<string, Department>();
  for (const document of documents) {
    for (const node of depthFirst(document.nodes)) {
      for (const unit of node.responsibleUnits) {
        const name = unit.trim();
        const id = departmentIdFromName(name);
        if (id !== '' && !byId.has(id)) byId.set(id, { id, name });
      }
    }
  }
  return [...byId.values()];
}

function* depthFirst(nodes: readonly DocNode[]): Generator<DocNode> {
  for (const node of nodes) {
    yield node;
    yield* depthFirst(node.children);
  }
}
