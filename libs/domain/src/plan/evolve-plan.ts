import type { PlanDraft } from './plan-draft';
import type { FlatNode, PlanLifecycleEvent } from './plan-events';
import { emptyMetadata } from '@planledger/documents';
import type { PlanNode } from './plan-state';

export function evolvePlan(draft: PlanDraft, event: PlanLifecycleEvent): void {
  switch (event.type) {
    case 'PlanCreated':
      draft.assign({
        planId: event.data.planId,
        stage: 'drafting',
        metadata: { ...emptyMetadata(), title: event.data.title },
      });
      return;
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
      draft.replaceTree({ nodes, childIds, rootIds, retiredNodeIds: {} });
      const { metadata, numbering = {} } = event.data;
      draft.assign({ metadata, numbering });
      return;
    }
    case 'MetadataSet':
      draft.assign({ metadata: { ...draft.current.metadata, ...event.data.changes } });
      return;
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
