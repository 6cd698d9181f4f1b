export type { PlanCommand, PlanCommandType, PlanWriteCommand } from './commands';
export type { PlanEvent, PlanEventType } from './events';
export { PLAN_EVENT_TYPES } from './events';
export { decide } from './decide';
export { applyEvent, evolve, foldPlan } from './evolve';
export { PlanDraft } from './plan/plan-draft';

export type { CommandMeta, EventMeta, WriteCommandMeta } from './shared/command-meta';
export {
  PlanConflictError,
  PlanError,
  type PlanErrorCode,
  type PlanErrorDetails,
} from './shared/plan-error';

export { planStreamId } from './plan/stream-id';
export {
  initialState,
  PLAN_STATE_SCHEMA_VERSION,
  type PlanNode,
  type PlanState,
} from './plan/plan-state';
export { flattenDocument, toDocument } from './plan/document-tree';
export type {
  CreatePlan,
  ImportPlanText,
  PlanLifecycleCommand,
  SetMetadata,
} from './plan/plan-commands';
export {
  EDITABLE_METADATA_FIELDS,
  type EditableMetadata,
  type EditableMetadataField,
  type FlatNode,
  type MetadataSet,
  type PlanCreated,
  type PlanLifecycleEvent,
  type PlanTextImported,
  type DocumentNumbering,
} from './plan/plan-events';

export type {
  ChangeNodeLevel,
  DeleteNode,
  EditingCommand,
  EditNodeText,
  InsertNode,
  MoveNode,
  SetResponsibleUnits,
} from './editing/editing-commands';
export type {
  EditingEvent,
  NodeDeleted,
  NodeInserted,
  NodeLevelChanged,
  NodeMoved,
  NodeTextEdited,
  ResponsibleUnitsSet,
} from './editing/editing-events';
export { canNestUnder } from './editing/nesting';

export { EDITABLE_STAGES, PLAN_STAGES, type PlanStage } from './stages/plan-stage';
export { parseDocumentNumber, type DocumentNumber } from './stages/document-number';
export type {
  IssuePlan,
  StageCommand,
  StartAmendment,
  StartConsultation,
  StartReview,
  StartRevision,
} from './stages/stage-commands';
export type {
  AmendmentStarted,
  ConsultationStarted,
  PlanIssued,
  ReviewStarted,
  RevisionStarted,
  StageEvent,
  DuringAmendment,
} from './stages/stage-events';

export type { TagVersion } from './history/versions/version-commands';
export type { VersionTagged } from './history/versions/version-events';
export {
  isAutomaticVersionName,
  namedVersionFor,
  versionsOf,
  type NamedVersion,
  type NamedVersionKind,
} from './history/versions/named-version';
export { MAX_VERSION_NAME_LENGTH, MAX_VERSION_NOTE_LENGTH } from './history/versions/tag-version';
export {
  blamePlan,
  type BlameAttribution,
  type BlameRange,
  type NodeBlame,
  type PlanBlame,
} from './history/blame';

export { rebase } from './collaboration/rebase';
export { handle } from './collaboration/handle';

export {
  createPlanEventUpcaster,
  upcastPlanEvent,
  UnknownPlanEventError,
  type PlanEventUpcaster,
  type StoredPlanEvent,
} from './upcasting/upcast';

export * from './consultation';
export * from './access';
