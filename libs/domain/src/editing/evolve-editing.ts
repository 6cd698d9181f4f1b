import type { PlanDraft } from '../plan/plan-draft';
import { childrenOf } from '../plan/plan-state';
import type { EditingEvent } from './editing-events';

/** Each event copies only the nodes and child lists it changes (see PlanDraft). */
export function evolveEditing(draft: PlanDraft, event: EditingEvent): void {
  switch (event.type) {
    case 'NodeTextEdited': {
      const { nodeId, offset, deleteCount, insertedText } = event.data;
      const { text } = draft.current.nodes[nodeId];
      draft.changeNode(nodeId, {
        text: text.slice(0, offset) + insertedText + text.slice(offset + deleteCount),
      });
      return;
    }
    case 'NodeInserted': {
      const { nodeId, parentId, index, kind, text, responsibleUnits } = event.data;
      draft.setNode(nodeId, { kind, text, parentId, responsibleUnits });
      draft.setChildren(nodeId, []);
      draft.setChildren(parentId, insertAt(childrenOf(draft.current, parentId), index, nodeId));
      return;
    }
    case 'NodeDeleted': {
      const { nodeId, parentId, subtreeIds } = event.data;
      const siblings = childrenOf(draft.current, parentId).filter((id) => id !== nodeId);
      draft.removeNodes(subtreeIds);
      draft.setChildren(parentId, siblings);
      return;
    }
    case 'NodeMoved': {
      const { nodeId, fromParentId, toParentId, toIndex } = event.data;
      const detached = childrenOf(draft.current, fromParentId).filter((id) => id !== nodeId);
      draft.setChildren(fromParentId, detached);
      draft.setChildren(toParentId, insertAt(childrenOf(draft.current, toParentId), toIndex, nodeId));
      draft.changeNode(nodeId, { parentId: toParentId });
      return;
    }
    case 'NodeLevelChanged':
      draft.changeNode(event.data.nodeId, { kind: event.data.toKind });
      return;
    case 'ResponsibleUnitsSet':
      draft.changeNode(event.data.nodeId, { responsibleUnits: event.data.units });
      return;
  }
}

function insertAt(list: readonly string[], index: number, id: string): string[] {
  return [...list.slice(0, index), id, ...list.slice(index)];
}
