import type { WriteCommandMeta } from '../shared/command-meta';
import { checkExpectedRevision } from '../shared/command-meta';
import { badInput, nodeNotFound, PlanConflictError, PlanError } from '../shared/plan-error';
import { isBlank } from '../shared/text-rules';
import type { PlanStage } from '../stages/plan-stage';
import { findNode, type PlanNode, type PlanState } from './plan-state';

/**
 * A write names an existing plan and the plan's current revision: a command made on an older one
 * must be carried over the events since by `rebase` first, or it could land on text its author
 * never saw.
 */
export function requireExistingPlan(state: PlanState, command: WriteCommandMeta): void {
  if (isBlank(command.planId)) throw badInput('planId', 'a command names its plan');
  if (state.planId === null || state.planId !== command.planId) {
    throw new PlanError('NOT_FOUND', `plan ${command.planId} does not exist`);
  }
  checkExpectedRevision(command);
  if (command.expectedRevision > state.revision) {
    throw badInput('expectedRevision', 'the plan has not reached this revision');
  }
  if (command.expectedRevision < state.revision) {
    const unseen = Array.from(
      { length: state.revision - command.expectedRevision },
      (_, index) => command.expectedRevision + 1 + index,
    );
    throw new PlanConflictError('the command was not rebased over the events since', unseen);
  }
}

export function requireStage(
  state: PlanState,
  allowed: readonly PlanStage[],
  action: string,
): void {
  if (state.stage === null || !allowed.includes(state.stage)) {
    const message = `${action} is not allowed while the plan is ${state.stage}`;
    throw new PlanError('STAGE_VIOLATION', message, { stage: state.stage });
  }
}

export function requireNode(state: PlanState, nodeId: string, field = 'nodeId'): PlanNode {
  if (isBlank(nodeId)) throw badInput(field, 'a node id is required');
  const node = findNode(state, nodeId);
  if (node === undefined) throw nodeNotFound(nodeId);
  return node;
}
