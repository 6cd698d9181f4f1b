import type { PlanEvent } from '../../events';
import type { TextEdit } from './text-edit';

export type AnchorChange =
  | { kind: 'textEdited'; nodeId: string; edit: TextEdit }
  | { kind: 'nodesDeleted'; nodeIds: readonly string[] }
  | { kind: 'planReimported' };

/**
 * What a plan event does to anchored text. Insertions, moves, level changes and renumbering keep
 * every node id and text, so they change no anchor; stage and metadata events touch no text.
 * A new plan event type that rewrites node text must be handled here (the switch is exhaustive).
 */
export function anchorChangeOf(event: PlanEvent): AnchorChange | null {
  switch (event.type) {
    case 'NodeTextEdited': {
      const { nodeId, offset, deleteCount, insertedText } = event.data;
      return { kind: 'textEdited', nodeId, edit: { offset, deleteCount, insertedText } };
    }
    case 'NodeDeleted':
      // subtreeIds holds the node and all its descendants: deleting an ancestor deletes the anchor.
      return { kind: 'nodesDeleted', nodeIds: event.data.subtreeIds };
    case 'PlanTextImported':
      return { kind: 'planReimported' };
    case 'PlanCreated':
    case 'MetadataSet':
    case 'NodeInserted':
    case 'NodeMoved':
    case 'NodeLevelChanged':
    case 'ResponsibleUnitsSet':
    case 'ConsultationStarted':
    case 'RevisionStarted':
    case 'ReviewStarted':
    case 'PlanIssued':
    case 'AmendmentStarted':
    case 'VersionTagged':
      return null;
  }
}
