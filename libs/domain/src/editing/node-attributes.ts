import type { PlanEvent } from '../events';
import { requireExistingPlan, requireNode, requireStage } from '../plan/plan-guards';
import { childrenOf, findNode, type PlanState } from '../plan/plan-state';
import { eventMetaFrom } from '../shared/command-meta';
import { badInput } from '../shared/plan-error';
import { EDITABLE_STAGES } from '../stages/plan-stage';
import type { ChangeNodeLevel, SetResponsibleUnits } from './editing-commands';
import { cannotNest, canNestUnder, isNodeKind } from './nesting';
import { checkResponsibleUnits, sameList } from './node-content-rules';

/**
 * Changes a node's kind in place (一、 becomes （一） …). Children stay attached, so the change
 * is refused when the new kind may not sit under the current parent or may not hold one of the
 * current children (an item with sub-items cannot become a paragraph): re-level or move them first.
 */
export function decideChangeNodeLevel(command: ChangeNodeLevel, state: PlanState): PlanEvent[] {
  const { nodeId, toKind } = command.data;
  const meta = eventMetaFrom(command.data);
  requireExistingPlan(state, command.data);
  requireStage(state, EDITABLE_STAGES, 'changing a level');
  const node = requireNode(state, nodeId);
  if (!isNodeKind(toKind)) throw badInput('toKind', 'unknown node kind', { nodeId });
  if (toKind === node.kind) throw badInput('toKind', `the node already is a ${toKind}`, { nodeId });
  const parentKind = node.parentId === null ? null : findNode(state, node.parentId)?.kind ?? null;
  if (!canNestUnder(toKind, parentKind)) {
    throw cannotNest('toKind', toKind, parentKind, nodeId);
  }
  const blockingChild = childrenOf(state, nodeId).find((childId) => {
    const child = findNode(state, childId);
    return child !== undefined && !canNestUnder(child.kind, toKind);
  });
  if (blockingChild !== undefined) {
    throw badInput('toKind', `a ${toKind} cannot hold child ${blockingChild}`, { nodeId });
  }
  return [{ type: 'NodeLevelChanged', data: { ...meta, nodeId, fromKind: node.kind, toKind } }];
}

/** Replaces the node's 责任单位 list; the event keeps the previous list for the audit trail. */
export function decideSetResponsibleUnits(
  command: SetResponsibleUnits,
  state: PlanState,
): PlanEvent[] {
  const { nodeId } = command.data;
  const meta = eventMetaFrom(command.data);
  requireExistingPlan(state, command.data);
  requireStage(state, EDITABLE_STAGES, 'setting responsible units');
  const node = requireNode(state, nodeId);
  const units = checkResponsibleUnits(command.data.units, 'units', nodeId);
  if (sameList(units, node.responsibleUnits)) {
    throw badInput('units', 'the node already lists these units', { nodeId });
  }
  return [
    {
      type: 'ResponsibleUnitsSet',
      data: { ...meta, nodeId, units, previous: [...node.responsibleUnits] },
    },
  ];
}
