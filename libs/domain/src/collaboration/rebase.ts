import type { PlanCommand } from '../commands';
import type { EditNodeText, InsertNode, MoveNode } from '../editing/editing-commands';
import type { PlanEvent } from '../events';
import { findNode, type PlanState, subtreeIds } from '../plan/plan-state';
import { checkExpectedRevision } from '../shared/command-meta';
import { PlanConflictError } from '../shared/plan-error';
import {
  changedNodeId,
  changesContent,
  type ConcurrentEvent,
  removesNode,
  revisionsWhere,
  setsMetadataField,
} from './conflict-rules';
import { transformGap } from './gap-transform';
import { rangeCovering, type TextRange, transformPastChange } from './text-transform';

/**
 * Carries a write made on revision `expectedRevision` over the events appended since
 * (`eventsSince`, in stream order) and returns it as made on the current revision, or refuses
 * it with a PlanConflictError naming the events it would silently overwrite or discard.
 * `state` is the current state; only a delete reads it, to know which nodes it would remove.
 * What conflicts, per command:
 * - text edit: an overlapping edit of the same node (see text-transform), a delete of the node
 *   or an ancestor, an import. Moves, level changes and other nodes' edits never conflict.
 * - insert: a delete of the parent or an ancestor, an import; concurrent siblings shift its index.
 * - move: a delete of the node, of the destination or an ancestor; another move of the node;
 *   an import. Concurrent siblings shift the gap.
 * - delete: any concurrent change to a node it would remove; a delete of the node; an import.
 * - level change / responsible units: the same change to the same node, its delete, an import.
 * - metadata: a concurrent change of one of the same fields, an import.
 * - import: any concurrent change of content, since the import would replace it.
 * - stage transitions: any concurrent event; the author freezes or sends on what they saw.
 * - version tag: nothing; it keeps naming the revision its author saw.
 */
export function rebase<C extends PlanCommand>(
  command: C,
  eventsSince: readonly PlanEvent[],
  state: PlanState,
): C {
  if (command.type === 'CreatePlan') return command;
  checkExpectedRevision(command.data);
  const concurrent = eventsSince.map((event, index) => ({
    event,
    revision: command.data.expectedRevision + 1 + index,
  }));
  if (concurrent.length === 0) return command;
  const rebased = rebaseWrite(command as Exclude<C, { type: 'CreatePlan' }>, concurrent, state);
  const currentRevision = command.data.expectedRevision + concurrent.length;
  return { ...rebased, data: { ...rebased.data, expectedRevision: currentRevision } } as C;
}

function rebaseWrite(
  command: Exclude<PlanCommand, { type: 'CreatePlan' }>,
  concurrent: readonly ConcurrentEvent[],
  state: PlanState,
): PlanCommand {
  switch (command.type) {
    case 'EditNodeText':
      return rebaseTextEdit(command, concurrent);
    case 'InsertNode':
      return rebaseInsert(command, concurrent);
    case 'MoveNode':
      return rebaseMove(command, concurrent);
    case 'DeleteNode': {
      const { nodeId } = command.data;
      const removed = new Set(findNode(state, nodeId) ? subtreeIds(state, nodeId) : []);
      const changesRemovedNode = (event: PlanEvent) => {
        const changed = changedNodeId(event);
        return removesNode(event, nodeId) || (changed !== null && removed.has(changed));
      };
      return refuseOn(command, revisionsWhere(concurrent, changesRemovedNode));
    }
    case 'ChangeNodeLevel':
    case 'SetResponsibleUnits': {
      const { nodeId } = command.data;
      const sameChange =
        command.type === 'ChangeNodeLevel' ? 'NodeLevelChanged' : 'ResponsibleUnitsSet';
      const changesSameAttribute = (event: PlanEvent) =>
        removesNode(event, nodeId) || (event.type === sameChange && event.data.nodeId === nodeId);
      return refuseOn(command, revisionsWhere(concurrent, changesSameAttribute));
    }
    case 'SetMetadata': {
      const fields = Object.keys(command.data.changes ?? {});
      const changesSameField = (event: PlanEvent) =>
        event.type === 'PlanTextImported' || setsMetadataField(event, fields);
      return refuseOn(command, revisionsWhere(concurrent, changesSameField));
    }
    case 'ImportPlanText':
      return refuseOn(command, revisionsWhere(concurrent, changesContent));
    case 'StartConsultation':
    case 'StartRevision':
    case 'StartReview':
    case 'IssuePlan':
    case 'StartAmendment':
      return refuseOn(command, revisionsWhere(concurrent, () => true));
    case 'TagVersion': {
      const revision = command.data.revision ?? command.data.expectedRevision;
      return { ...command, data: { ...command.data, revision } };
    }
  }
}

function rebaseTextEdit(
  command: EditNodeText,
  concurrent: readonly ConcurrentEvent[],
): EditNodeText {
  const { nodeId } = command.data;
  let range: TextRange = { offset: command.data.offset, deleteCount: command.data.deleteCount };
  const conflicts: number[] = [];
  for (const { event, revision } of concurrent) {
    if (removesNode(event, nodeId)) return refuseOn(command, [...conflicts, revision]);
    if (event.type !== 'NodeTextEdited' || event.data.nodeId !== nodeId) continue;
    const applied = { ...event.data, insertedLength: event.data.insertedText.length };
    const outcome = transformPastChange(range, applied);
    if (outcome.overlaps) {
      conflicts.push(revision);
      range = rangeCovering(range, applied);
    } else {
      range = outcome.range;
    }
  }
  refuseOn(command, conflicts);
  return { ...command, data: { ...command.data, offset: range.offset } };
}

function rebaseInsert(command: InsertNode, concurrent: readonly ConcurrentEvent[]): InsertNode {
  const { parentId } = command.data;
  const removesParent = (event: PlanEvent) =>
    event.type === 'PlanTextImported' || (parentId !== null && removesNode(event, parentId));
  refuseOn(command, revisionsWhere(concurrent, removesParent));
  const index = concurrent.reduce(
    (gap, { event }) => transformGap(gap, parentId, event),
    command.data.index,
  );
  return { ...command, data: { ...command.data, index } };
}

function rebaseMove(command: MoveNode, concurrent: readonly ConcurrentEvent[]): MoveNode {
  const { nodeId, toParentId } = command.data;
  const removesEndsOrMovesNode = (event: PlanEvent) =>
    removesNode(event, nodeId) ||
    (toParentId !== null && removesNode(event, toParentId)) ||
    (event.type === 'NodeMoved' && event.data.nodeId === nodeId);
  refuseOn(command, revisionsWhere(concurrent, removesEndsOrMovesNode));
  const toGap = concurrent.reduce(
    (gap, { event }) => transformGap(gap, toParentId, event),
    command.data.toGap,
  );
  return { ...command, data: { ...command.data, toGap } };
}

function refuseOn<C extends PlanCommand>(command: C, conflictingRevisions: readonly number[]): C {
  if (conflictingRevisions.length > 0) {
    throw new PlanConflictError(
      `${command.type} conflicts with changes its author did not see`,
      conflictingRevisions,
    );
  }
  return command;
}
