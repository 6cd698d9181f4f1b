import { nodeTitle } from '@planledger/documents';
import type { EditableMetadata, PlanEvent, PlanState } from '@planledger/domain';
import { nodeLabel } from '../support/plan-numbering';

const CLIP = 40;

/** The node a history entry is about, when it is about one. */
export function nodeOf(event: PlanEvent): string | null {
  return 'nodeId' in event.data && typeof event.data.nodeId === 'string' ? event.data.nodeId : null;
}

/**
 * What an entry's summary cites of the plan right before its event (see `summarize`): the node as
 * it was numbered (and titled) then, for edits, moves, deletes and re-levelling; null otherwise.
 */
export function citeBefore(event: PlanEvent, before: PlanState): string | null {
  switch (event.type) {
    case 'NodeTextEdited':
    case 'ResponsibleUnitsSet':
      return nodeLabel(before, event.data.nodeId);
    case 'NodeDeleted':
    case 'NodeMoved':
    case 'NodeLevelChanged':
      return cite(before, event.data.nodeId);
    default:
      return null;
  }
}

/**
 * One line a person can scan in an audit trail, e.g. `edited 二、（一）1.: 95% → 98%`. Nodes are
 * cited by their number as it read at that moment: before the event for edits, moves and deletes
 * (`cited`, from `citeBefore`), after it (`after`) for insertions and where a node went.
 */
export function summarize(event: PlanEvent, cited: string | null, after: PlanState): string {
  switch (event.type) {
    case 'PlanCreated':
      return `created “${event.data.title}”`;
    case 'PlanTextImported':
      return `imported ${event.data.nodes.length} nodes from ${event.data.sourceLabel}`;
    case 'MetadataSet':
      return `set ${metadataChanges(event.data.changes, event.data.previous)}`;
    case 'NodeTextEdited':
      return `edited ${cited}: ${textChange(event.data.deletedText, event.data.insertedText)}`;
    case 'NodeInserted':
      return `inserted ${nodeLabel(after, event.data.nodeId)} ${clip(nodeTitle(event.data))}`;
    case 'NodeDeleted': {
      const under = event.data.subtreeIds.length - 1;
      return `deleted ${cited}${under > 0 ? ` and ${under} nodes under it` : ''}`;
    }
    case 'NodeMoved':
      return `moved ${cited} to ${nodeLabel(after, event.data.nodeId)}`;
    case 'NodeLevelChanged':
      return `changed ${cited} from ${event.data.fromKind} to ${event.data.toKind}, now ${nodeLabel(after, event.data.nodeId)}`;
    case 'ResponsibleUnitsSet':
      return `responsible units of ${cited}: ${unitList(event.data.previous)} → ${unitList(event.data.units)}`;
    case 'ConsultationStarted':
      return `started consultation round ${event.data.round}`;
    case 'RevisionStarted':
      return `started revising after ${event.data.fromStage}`;
    case 'ReviewStarted':
      return 'submitted for review';
    case 'PlanIssued':
      return `issued as ${event.data.documentNumber}, dated ${event.data.issuedOn}`;
    case 'AmendmentStarted':
      return `started amendment ${event.data.amendment} of ${event.data.amendsDocumentNumber}`;
    case 'VersionTagged':
      return `tagged revision ${event.data.revision} as ${event.data.name}`;
    default:
      return (event as { type: string }).type;
  }
}

/** A node with its number and title, from an exact state (only events that change the tree cite one). */
function cite(state: PlanState, nodeId: string): string {
  const node = Object.hasOwn(state.nodes, nodeId) ? state.nodes[nodeId] : undefined;
  return node === undefined ? nodeId : `${nodeLabel(state, nodeId)} ${clip(nodeTitle(node))}`;
}

function textChange(deleted: string, inserted: string): string {
  if (deleted === '') return `inserted ${clip(inserted)}`;
  if (inserted === '') return `deleted ${clip(deleted)}`;
  return `${clip(deleted)} → ${clip(inserted)}`;
}

function metadataChanges(changes: Partial<EditableMetadata>, previous: Partial<EditableMetadata>): string {
  return (Object.keys(changes) as Array<keyof EditableMetadata>)
    .map((field) => `${field}: ${metadataValue(previous[field])} → ${metadataValue(changes[field])}`)
    .join('; ');
}

function metadataValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  return clip(Array.isArray(value) ? value.join('、') : String(value));
}

function unitList(units: readonly string[]): string {
  return units.length === 0 ? '(none)' : units.join('、');
}

function clip(text: string): string {
  return text.length > CLIP ? `${text.slice(0, CLIP)}…` : text;
}
