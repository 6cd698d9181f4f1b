import { evolveEditing } from './editing/evolve-editing';
import type { PlanEvent } from './events';
import { namedVersionFor } from './history/versions/named-version';
import { evolvePlan } from './plan/evolve-plan';
import { PlanDraft } from './plan/plan-draft';
import type { PlanState } from './plan/plan-state';
import { evolveStages } from './stages/evolve-stages';

/** Folds one event into the state. Events are facts: evolve never refuses or reads a clock. */
export function evolve(state: PlanState, event: PlanEvent): PlanState {
  return foldPlan(state, [event]);
}

/**
 * Folds events into the state, in order: the same result as evolving them one by one, but each
 * map of the state is copied once per fold rather than once per event, which is what makes
 * replaying a long history fast. Pure: `state` is not changed and the result is a new state.
 */
export function foldPlan(state: PlanState, events: Iterable<PlanEvent>): PlanState {
  const draft = new PlanDraft(state);
  for (const event of events) applyEvent(draft, event);
  return draft.finish();
}

/** Applies one event to a draft: for folds that read the state between events (blame). */
export function applyEvent(draft: PlanDraft, event: PlanEvent): void {
  const revision = draft.current.revision + 1;
  applyByKind(draft, event);
  draft.assign({ revision });
  const version = namedVersionFor(event, revision);
  if (version !== null) draft.setVersion(version.name, version.revision);
}

function applyByKind(draft: PlanDraft, event: PlanEvent): void {
  switch (event.type) {
    case 'PlanCreated':
    case 'PlanTextImported':
    case 'MetadataSet':
      return evolvePlan(draft, event);
    case 'NodeTextEdited':
    case 'NodeInserted':
    case 'NodeDeleted':
    case 'NodeMoved':
    case 'NodeLevelChanged':
    case 'ResponsibleUnitsSet':
      return evolveEditing(draft, event);
    case 'ConsultationStarted':
    case 'RevisionStarted':
    case 'ReviewStarted':
    case 'PlanIssued':
    case 'AmendmentStarted':
      return evolveStages(draft, event);
    case 'VersionTagged':
      // A tag names text, it changes none: only the version list grows (in applyEvent).
      return;
  }
}
