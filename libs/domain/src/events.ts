import type { EditingEvent } from './editing/editing-events';
import type { VersionTagged } from './history/versions/version-events';
import type { PlanLifecycleEvent } from './plan/plan-events';
import type { StageEvent } from './stages/stage-events';

/**
 * Every event of a plan stream. The `type` strings are stored: written once, never renamed.
 * Shapes change only by new optional fields, or by a new type plus an upcaster.
 */
export type PlanEvent = PlanLifecycleEvent | EditingEvent | StageEvent | VersionTagged;

export type PlanEventType = PlanEvent['type'];

export const PLAN_EVENT_TYPES: readonly PlanEventType[] = [
  'PlanCreated',
  'PlanTextImported',
  'MetadataSet',
  'NodeTextEdited',
  'NodeInserted',
  'NodeDeleted',
  'NodeMoved',
  'NodeLevelChanged',
  'ResponsibleUnitsSet',
  'ConsultationStarted',
  'RevisionStarted',
  'ReviewStarted',
  'PlanIssued',
  'AmendmentStarted',
  'VersionTagged',
];
