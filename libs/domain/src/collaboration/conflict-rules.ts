import type { PlanEvent } from '../events';
import type { EditableMetadataField } from '../plan/plan-events';

/** An event the author of a stale write did not see, with its stream revision. */
export interface ConcurrentEvent {
  revision: number;
  event: PlanEvent;
}

/** Events that change the text, the tree or the metadata (stage events change none of them). */
export function changesContent(event: PlanEvent): boolean {
  switch (event.type) {
    case 'PlanTextImported':
    case 'MetadataSet':
    case 'NodeTextEdited':
    case 'NodeInserted':
    case 'NodeDeleted':
    case 'NodeMoved':
    case 'NodeLevelChanged':
    case 'ResponsibleUnitsSet':
      return true;
    default:
      return false;
  }
}

/** An import replaces every node; a delete removes the node and everything under it. */
export function removesNode(event: PlanEvent, nodeId: string): boolean {
  if (event.type === 'PlanTextImported') return true;
  return event.type === 'NodeDeleted' && event.data.subtreeIds.includes(nodeId);
}

/** The node an editing event changes (for an insertion or a move, the node placed). */
export function changedNodeId(event: PlanEvent): string | null {
  switch (event.type) {
    case 'NodeTextEdited':
    case 'NodeInserted':
    case 'NodeMoved':
    case 'NodeLevelChanged':
    case 'ResponsibleUnitsSet':
      return event.data.nodeId;
    default:
      return null;
  }
}

export function setsMetadataField(event: PlanEvent, fields: readonly string[]): boolean {
  if (event.type !== 'MetadataSet') return false;
  const changed = Object.keys(event.data.changes) as EditableMetadataField[];
  return changed.some((field) => fields.includes(field));
}

export function revisionsWhere(
  events: readonly ConcurrentEvent[],
  conflicts: (event: PlanEvent) => boolean,
): number[] {
  return events.filter(({ event }) => conflicts(event)).map(({ revision }) => revision);
}
