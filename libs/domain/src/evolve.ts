import { evolveEditing } from './editing/evolve-editing';
import type { PlanEvent } from './events';
import { evolvePlan } from './plan/evolve-plan';
import type { PlanState } from './plan/plan-state';
import { evolveStages } from './stages/evolve-stages';

/** Folds one event into the state. Events are facts: evolve never refuses or reads a clock. */
export function evolve(state: PlanState, event: PlanEvent): PlanState {
  const next = applyEvent(state, event);
  return { ...next, revision: state.revision + 1 };
}

function applyEvent(state: PlanState, event: PlanEvent): PlanState {
  switch (event.type) {
    case 'PlanCreated':
    case 'PlanTextImported':
    case 'MetadataSet':
      return evolvePlan(state, event);
    case 'NodeTextEdited':
    case 'NodeInserted':
    case 'NodeDeleted':
    case 'NodeMoved':
    case 'NodeLevelChanged':
    case 'ResponsibleUnitsSet':
      return evolveEditing(state, event);
    case 'ConsultationStarted':
    case 'RevisionStarted':
    case 'ReviewStarted':
    case 'PlanIssued':
    case 'AmendmentStarted':
      return evolveStages(state, event);
  }
}
