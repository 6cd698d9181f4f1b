import type { PlanEvent } from '../events';
import { requireExistingPlan, requireNode, requireStage } from '../plan/plan-guards';
import {
  childrenOf,
  findNode,
  isRetired,
  isSameOrDescendant,
  type PlanState,
  subtreeIds,
} from '../plan/plan-state';
import { eventMetaFrom } from '../shared/command-meta';
import { badInput, PlanError } from '../shared/plan-error';
import { isBlank, isNonNegativeInteger } from '../shared/text-rules';
import { EDITABLE_STAGES } from '../stages/plan-stage';
import type { DeleteNode, InsertNode, MoveNode } from './editing-commands';
import { cannotNest, canNestUnder, isNodeKind } from './nesting';
import { checkNodeText, checkResponsibleUnits } from './node-content-rules';

export function decideInsertNode(command: InsertNode, state: PlanState): PlanEvent[] {
  const { nodeId, parentId, index, kind } = command.data;
  const meta = eventMetaFrom(command.data);
  requireExistingPlan(state, command.data);
  requireStage(state, EDITABLE_STAGES, 'inserting a node');
  if (isBlank(nodeId)) throw badInput('nodeId', 'the client chooses the new node id');
  if (findNode(state, nodeId) !== undefined || isRetired(state, nodeId)) {
    throw new PlanError('ALREADY_EXISTS', `node id ${nodeId} is taken`, { nodeId });
  }
  const parentKind = parentId === null ? null : requireNode(state, parentId, 'parentId').kind;
  if (!isNodeKind(kind)) throw badInput('kind', 'unknown node kind', { nodeId });
  if (!canNestUnder(kind, parentKind)) {
    throw cannotNest('kind', kind, parentKind, nodeId);
  }
  if (!isNonNegativeInteger(index) || index > childrenOf(state, parentId).length) {
    throw badInput('index', 'index must lie within the parent children', { nodeId });
  }
  const text = checkNodeText(command.data.text, 'text', nodeId);
  const responsibleUnits = checkResponsibleUnits(
    command.data.responsibleUnits ?? [],
    'responsibleUnits',
    nodeId,
  );
  return [
    {
      type: 'NodeInserted',
      data: { ...meta, nodeId, parentId, index, kind, text, responsibleUnits },
    },
  ];
}

/** Deletes the node with everything under it; the event lists every id it removes. */
export function decideDeleteNode(command: DeleteNode, state: PlanState): PlanEvent[] {
  const { nodeId } = command.data;
  const meta = eventMetaFrom(command.data);
  requireExistingPlan(state, command.data);
  requireStage(state, EDITABLE_STAGES, 'deleting a node');
  const { parentId } = requireNode(state, nodeId);
  const index = childrenOf(state, parentId).indexOf(nodeId);
  return [
    {
      type: 'NodeDeleted',
      data: { ...meta, nodeId, parentId, index, subtreeIds: subtreeIds(state, nodeId) },
    },
  ];
}

/** Moves the node with its subtree; its number changes with its place, its id never does. */
export function decideMoveNode(command: MoveNode, state: PlanState): PlanEvent[] {
  const { nodeId, toParentId, toGap } = command.data;
  const meta = eventMetaFrom(command.data);
  requireExistingPlan(state, command.data);
  requireStage(state, EDITABLE_STAGES, 'moving a node');
  const node = requireNode(state, nodeId);
  const toParentKind =
    toParentId === null ? null : requireNode(state, toParentId, 'toParentId').kind;
  if (toParentId !== null && isSameOrDescendant(state, toParentId, nodeId)) {
    throw badInput('toParentId', 'a node cannot move under itself or its descendants', { nodeId });
  }
  if (!canNestUnder(node.kind, toParentKind)) {
    throw cannotNest('toParentId', node.kind, toParentKind, nodeId);
  }
  const destination = childrenOf(state, toParentId);
  if (!isNonNegativeInteger(toGap) || toGap > destination.length) {
    throw badInput('toGap', 'toGap must lie within the destination children', { nodeId });
  }
  const fromIndex = childrenOf(state, node.parentId).indexOf(nodeId);
  const sameParent = node.parentId === toParentId;
  const toIndex = sameParent && fromIndex < toGap ? toGap - 1 : toGap;
  if (sameParent && toIndex === fromIndex) {
    throw badInput('toGap', 'the node is already there', { nodeId });
  }
  return [
    {
      type: 'NodeMoved',
      data: { ...meta, nodeId, fromParentId: node.parentId, fromIndex, toParentId, toIndex },
    },
  ];
}
