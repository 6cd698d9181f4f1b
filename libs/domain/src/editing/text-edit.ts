import type { PlanEvent } from '../events';
import { requireExistingPlan, requireNode, requireStage } from '../plan/plan-guards';
import type { PlanState } from '../plan/plan-state';
import { eventMetaFrom } from '../shared/command-meta';
import { badInput } from '../shared/plan-error';
import { isNonNegativeInteger, splitsSurrogatePair } from '../shared/text-rules';
import { EDITABLE_STAGES } from '../stages/plan-stage';
import type { EditNodeText } from './editing-commands';
import { checkNodeText } from './node-content-rules';

/**
 * One small edit of one node's text. Offsets count UTF-16 code units and may not fall inside a
 * surrogate pair; an edit that changes nothing is refused rather than recorded.
 */
export function decideEditNodeText(command: EditNodeText, state: PlanState): PlanEvent[] {
  const { nodeId, offset, deleteCount } = command.data;
  const meta = eventMetaFrom(command.data);
  requireExistingPlan(state, command.data);
  requireStage(state, EDITABLE_STAGES, 'editing text');
  const { text } = requireNode(state, nodeId);
  const insertedText = checkNodeText(command.data.insertedText, 'insertedText', nodeId);

  if (!isNonNegativeInteger(offset) || offset > text.length) {
    throw badInput('offset', 'offset must lie within the node text', { nodeId });
  }
  if (!isNonNegativeInteger(deleteCount) || offset + deleteCount > text.length) {
    throw badInput('deleteCount', 'the deleted range must lie within the node text', { nodeId });
  }
  if (splitsSurrogatePair(text, offset)) {
    throw badInput('offset', 'offset splits a character outside the BMP', { nodeId });
  }
  if (splitsSurrogatePair(text, offset + deleteCount)) {
    throw badInput('deleteCount', 'the range splits a character outside the BMP', { nodeId });
  }
  const deletedText = text.slice(offset, offset + deleteCount);
  if (deletedText === insertedText) {
    throw badInput('insertedText', 'the edit changes nothing', { nodeId });
  }
  return [
    {
      type: 'NodeTextEdited',
      data: { ...meta, nodeId, offset, deleteCount, deletedText, insertedText },
    },
  ];
}
