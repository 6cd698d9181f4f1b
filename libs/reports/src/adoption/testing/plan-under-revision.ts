import type { DocNode, PlanDocument } from '@planledger/documents';
import { evolve, flattenDocument, initialState, type PlanEvent, type PlanState, toDocument } from '@planledger/domain';

const meta = (at: string) => ({ actor: 'u-drafter', at });

/**
 * A plan stream for the whole-round spec, folded with the plan stream's own `evolve`: the plan is
 * imported, frozen for consultation, then revised by edits written the way an editor writes them
 * (offsets and deleted text taken from the current text).
 */
export function planUnderRevision(document: PlanDocument) {
  let state: PlanState = initialState();
  const events: PlanEvent[] = [];
  const append = (event: PlanEvent): number => {
    events.push(event);
    state = evolve(state, event);
    return state.revision;
  };
  const textOf = (nodeId: string): string => state.nodes[nodeId].text;

  append({ type: 'PlanCreated', data: { ...meta('2024-03-01T02:00:00Z'), planId: 'changshou-quality', title: '质量强区建设实施方案' } });
  append({
    type: 'PlanTextImported',
    data: {
      ...meta('2024-03-01T02:01:00Z'),
      nodes: flattenDocument(document),
      metadata: document.metadata,
      normalizations: [],
      sourceLabel: '001_7914db94b213197e.txt',
    },
  });
  const consultationRevision = append({ type: 'ConsultationStarted', data: { ...meta('2024-03-04T01:00:00Z'), round: 1 } });

  return {
    consultationRevision,
    startRevising: (at: string) => append({ type: 'RevisionStarted', data: { ...meta(at), fromStage: 'consultation' } }),
    /** Replaces the only occurrence of `target` in the node's current text. */
    replace(nodeId: string, target: string, replacement: string, at: string): number {
      const text = textOf(nodeId);
      const offset = text.indexOf(target);
      if (offset < 0 || text.indexOf(target, offset + 1) >= 0) throw new Error(`${target} is not unique in ${nodeId}`);
      return append({
        type: 'NodeTextEdited',
        data: { ...meta(at), nodeId, offset, deleteCount: target.length, deletedText: target, insertedText: replacement },
      });
    },
    /** Inserts `inserted` right before (or after) the only occurrence of `marker`. */
    insert(nodeId: string, marker: string, where: 'before' | 'after', inserted: string, at: string): number {
      const text = textOf(nodeId);
      const offset = text.indexOf(marker) + (where === 'after' ? marker.length : 0);
      return append({
        type: 'NodeTextEdited',
        data: { ...meta(at), nodeId, offset, deleteCount: 0, deletedText: '', insertedText: inserted },
      });
    },
    deleteNode(node: DocNode, at: string): number {
      const { parentId } = state.nodes[node.id];
      const siblings = parentId === null ? state.rootIds : state.childIds[parentId];
      const subtreeIds = flattenDocument({ metadata: document.metadata, nodes: [node] }).map((n) => n.id);
      return append({ type: 'NodeDeleted', data: { ...meta(at), nodeId: node.id, parentId, index: siblings.indexOf(node.id), subtreeIds } });
    },
    moveWithinParent(nodeId: string, toIndex: number, at: string): number {
      const { parentId } = state.nodes[nodeId];
      const siblings = parentId === null ? state.rootIds : state.childIds[parentId];
      return append({
        type: 'NodeMoved',
        data: { ...meta(at), nodeId, fromParentId: parentId, fromIndex: siblings.indexOf(nodeId), toParentId: parentId, toIndex },
      });
    },
    insertItemFirst(parentId: string, nodeId: string, text: string, at: string): number {
      return append({
        type: 'NodeInserted',
        data: { ...meta(at), nodeId, parentId, index: 0, kind: 'item', text, responsibleUnits: [] },
      });
    },
    eventsSinceConsultation: (): PlanEvent[] => events.slice(consultationRevision),
    latestDocument: (): PlanDocument => toDocument(state),
    textOf,
  };
}
