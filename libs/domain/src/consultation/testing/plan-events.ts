import type { NodeDeleted, NodeTextEdited } from '../../editing/editing-events';
import type { PlanEvent } from '../../events';

/** Plan events for the anchor specs, with a fixed actor and time. */
const meta = { actor: 'u-drafter', at: '2024-03-20T02:00:00.000Z' };

/** Replaces `deleteCount` code units at `offset` of `text` (the node's current text). */
export function textEdit(nodeId: string, text: string, offset: number, deleteCount: number, insertedText: string): NodeTextEdited {
  return {
    type: 'NodeTextEdited',
    data: { ...meta, nodeId, offset, deleteCount, deletedText: text.slice(offset, offset + deleteCount), insertedText },
  };
}

export function applyTextEdit(text: string, event: NodeTextEdited): string {
  const { offset, deleteCount, insertedText } = event.data;
  return text.slice(0, offset) + insertedText + text.slice(offset + deleteCount);
}

export function nodeDeleted(nodeId: string, subtreeIds: string[] = [nodeId]): NodeDeleted {
  return { type: 'NodeDeleted', data: { ...meta, nodeId, parentId: null, index: 0, subtreeIds } };
}

export const nodeMoved = (nodeId: string): PlanEvent => ({
  type: 'NodeMoved',
  data: { ...meta, nodeId, fromParentId: 'section-1', fromIndex: 3, toParentId: 'section-2', toIndex: 0 },
});

export const siblingInsertedBefore = (parentId: string): PlanEvent => ({
  type: 'NodeInserted',
  data: { ...meta, nodeId: 'inserted-item', parentId, index: 0, kind: 'item', text: '新增一项任务。', responsibleUnits: [] },
});

export const levelChanged = (nodeId: string): PlanEvent => ({
  type: 'NodeLevelChanged',
  data: { ...meta, nodeId, fromKind: 'item', toKind: 'subitem' },
});

export const planReimported: PlanEvent = {
  type: 'PlanTextImported',
  data: {
    ...meta,
    nodes: [],
    metadata: {
      title: null,
      issuingBody: null,
      documentNumber: null,
      addressees: [],
      date: null,
      publicationNote: null,
      isConsultationDraft: false,
    },
    normalizations: [],
    sourceLabel: 'reimport.txt',
  },
};
