import type { PlanNode, PlanState } from '../plan/plan-state';
import { childrenOf } from '../plan/plan-state';
import type { EditingEvent } from './editing-events';

export function evolveEditing(state: PlanState, event: EditingEvent): PlanState {
  switch (event.type) {
    case 'NodeTextEdited': {
      const { nodeId, offset, deleteCount, insertedText } = event.data;
      const { text } = state.nodes[nodeId];
      const edited = text.slice(0, offset) + insertedText + text.slice(offset + deleteCount);
      return withNode(state, nodeId, { text: edited });
    }
    case 'NodeInserted': {
      const { nodeId, parentId, index, kind, text, responsibleUnits } = event.data;
      const node: PlanNode = { kind, text, parentId, responsibleUnits };
      const withChildList = { ...state, childIds: { ...state.childIds, [nodeId]: [] } };
      const inserted = { ...withChildList, nodes: { ...state.nodes, [nodeId]: node } };
      return withChildren(inserted, parentId, insertAt(childrenOf(state, parentId), index, nodeId));
    }
    case 'NodeDeleted': {
      const { nodeId, parentId, subtreeIds } = event.data;
      const removed = new Set(subtreeIds);
      const nodes = withoutKeys(state.nodes, removed);
      const childIds = withoutKeys(state.childIds, removed);
      const retiredNodeIds = Object.fromEntries([
        ...Object.entries(state.retiredNodeIds),
        ...subtreeIds.map((id): [string, true] => [id, true]),
      ]);
      const siblings = childrenOf(state, parentId).filter((id) => id !== nodeId);
      return withChildren({ ...state, nodes, childIds, retiredNodeIds }, parentId, siblings);
    }
    case 'NodeMoved': {
      const { nodeId, fromParentId, toParentId, toIndex } = event.data;
      const detached = withChildren(
        state,
        fromParentId,
        childrenOf(state, fromParentId).filter((id) => id !== nodeId),
      );
      const attached = withChildren(
        detached,
        toParentId,
        insertAt(childrenOf(detached, toParentId), toIndex, nodeId),
      );
      return withNode(attached, nodeId, { parentId: toParentId });
    }
    case 'NodeLevelChanged':
      return withNode(state, event.data.nodeId, { kind: event.data.toKind });
    case 'ResponsibleUnitsSet':
      return withNode(state, event.data.nodeId, { responsibleUnits: event.data.units });
  }
}

function withNode(state: PlanState, nodeId: string, change: Partial<PlanNode>): PlanState {
  return { ...state, nodes: { ...state.nodes, [nodeId]: { ...state.nodes[nodeId], ...change } } };
}

function withChildren(
  state: PlanState,
  parentId: string | null,
  ids: readonly string[],
): PlanState {
  if (parentId === null) return { ...state, rootIds: ids };
  return { ...state, childIds: { ...state.childIds, [parentId]: ids } };
}

function insertAt(list: readonly string[], index: number, id: string): string[] {
  return [...list.slice(0, index), id, ...list.slice(index)];
}

function withoutKeys<T>(
  record: Readonly<Record<string, T>>,
  keys: ReadonlySet<string>,
): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.has(key)));
}
