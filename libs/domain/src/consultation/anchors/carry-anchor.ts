import type { PlanEvent } from '../../events';
import type { CarriedAnchor, CommentAnchor, LiveAnchor } from './anchor';
import { anchorChangeOf, type AnchorChange } from './plan-changes';
import { spanThroughEdit, wholeTextThroughEdit } from './text-edit';

/**
 * Carries a comment's anchor from the consultation version to the latest text by replaying the
 * plan events written since that version, in order. An anchor never silently disappears: it is
 * live (with its current range and text), deleted, or detached, and always keeps its quote.
 * Once deleted or detached it stays so; later edits cannot resurrect the quoted words.
 */
export function carryAnchor(
  anchor: CommentAnchor,
  planEventsSinceConsultationVersion: readonly PlanEvent[],
): CarriedAnchor {
  let carried: CarriedAnchor = initialLiveAnchor(anchor);
  for (const event of planEventsSinceConsultationVersion) {
    if (carried.status !== 'live') break;
    const change = anchorChangeOf(event);
    if (change) carried = applyChange(carried, change, anchor.range === null);
  }
  return carried;
}

function initialLiveAnchor(anchor: CommentAnchor): LiveAnchor {
  const start = anchor.range?.start ?? 0;
  return {
    status: 'live',
    nodeId: anchor.nodeId,
    start,
    end: anchor.range?.end ?? start + anchor.quote.length,
    text: anchor.quote,
    quote: anchor.quote,
    edited: false,
  };
}

function applyChange(live: LiveAnchor, change: AnchorChange, wholeNode: boolean): CarriedAnchor {
  const { nodeId, quote } = live;
  switch (change.kind) {
    case 'planReimported':
      return { status: 'detached', nodeId, quote, cause: 'planReimported' };
    case 'nodesDeleted':
      return change.nodeIds.includes(nodeId)
        ? { status: 'deleted', nodeId, quote, cause: 'nodeDeleted' }
        : live;
    case 'textEdited': {
      if (change.nodeId !== nodeId) return live;
      const carry = wholeNode ? wholeTextThroughEdit : spanThroughEdit;
      const after = carry(live, change.edit);
      if (after.kind === 'deleted') return { status: 'deleted', nodeId, quote, cause: 'textDeleted' };
      return { ...live, ...after.span, edited: live.edited || after.kind === 'edited' };
    }
  }
}
