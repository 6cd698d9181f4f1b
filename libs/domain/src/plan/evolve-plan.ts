import type { FlatNode, PlanLifecycleEvent } from './plan-events';
import { emptyMetadata, type PlanNode, type PlanState } from './plan-state';

export function evolvePlan(state: PlanState, event: PlanLifecycleEvent): PlanState {
  switch (event.type) {
    case 'PlanCreated':
      return {
        ...state,
        planId: event.data.planId,
        stage: 'drafting',
        metadata: { ...emptyMetadata(), title: event.data.title },
      };
    case 'PlanTextImported': {
      const imported = event.data.nodes;
      // fromEntries defines own properties, so an id such as __proto__ stays an ordinary key.
      const nodes = Object.fromEntries(
        imported.map(({ id, kind, text, responsibleUnits, parentId }): [string, PlanNode] => [
          id,
          { kind, text, responsibleUnits, parentId },
        ]),
      );
      const children = childrenByParent(imported);
      const childIds = Object.fromEntries(imported.map(({ id }) => [id, children.get(id) ?? []]));
      const rootIds = children.get(null) ?? [];
      const { metadata } = event.data;
      return { ...state, metadata, nodes, childIds, rootIds, retiredNodeIds: {} };
    }
    case 'MetadataSet':
      return { ...state, metadata: { ...state.metadata, ...event.data.changes } };
  }
}

function childrenByParent(nodes: readonly FlatNode[]): Map<string | null, string[]> {
  const byParent = new Map<string | null, string[]>();
  for (const node of nodes) {
    const siblings = byParent.get(node.parentId) ?? [];
    siblings[node.index] = node.id;
    byParent.set(node.parentId, siblings);
  }
  return byParent;
}
