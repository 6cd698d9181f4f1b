import type { PlanCommand } from './commands';
import { decideChangeNodeLevel, decideSetResponsibleUnits } from './editing/node-attributes';
import { decideDeleteNode, decideInsertNode, decideMoveNode } from './editing/structure';
import { decideEditNodeText } from './editing/text-edit';
import type { PlanEvent } from './events';
import { decideTagVersion } from './history/versions/tag-version';
import { decideCreatePlan } from './plan/create-plan';
import { decideImportPlanText } from './plan/import-document';
import type { PlanState } from './plan/plan-state';
import { decideSetMetadata } from './plan/set-metadata';
import {
  decideIssuePlan,
  decideStartAmendment,
  decideStartConsultation,
  decideStartReview,
  decideStartRevision,
} from './stages/decide-stages';

/**
 * The events a command produces on the current state, or a thrown PlanError. Pure: time, actor
 * and ids come from the command. A write must be made on the current revision: a stale one goes
 * through `rebase` (or `handle`) first, and is refused with CONFLICT when it did not.
 */
export function decide(command: PlanCommand, state: PlanState): PlanEvent[] {
  switch (command.type) {
    case 'CreatePlan':
      return decideCreatePlan(command, state);
    case 'ImportPlanText':
      return decideImportPlanText(command, state);
    case 'SetMetadata':
      return decideSetMetadata(command, state);
    case 'EditNodeText':
      return decideEditNodeText(command, state);
    case 'InsertNode':
      return decideInsertNode(command, state);
    case 'DeleteNode':
      return decideDeleteNode(command, state);
    case 'MoveNode':
      return decideMoveNode(command, state);
    case 'ChangeNodeLevel':
      return decideChangeNodeLevel(command, state);
    case 'SetResponsibleUnits':
      return decideSetResponsibleUnits(command, state);
    case 'StartConsultation':
      return decideStartConsultation(command, state);
    case 'StartRevision':
      return decideStartRevision(command, state);
    case 'StartReview':
      return decideStartReview(command, state);
    case 'IssuePlan':
      return decideIssuePlan(command, state);
    case 'StartAmendment':
      return decideStartAmendment(command, state);
    case 'TagVersion':
      return decideTagVersion(command, state);
  }
}
