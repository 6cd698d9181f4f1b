import type { EditingCommand } from './editing/editing-commands';
import type { TagVersion } from './history/versions/version-commands';
import type { PlanLifecycleCommand } from './plan/plan-commands';
import type { StageCommand } from './stages/stage-commands';

export type PlanCommand = PlanLifecycleCommand | EditingCommand | StageCommand | TagVersion;

export type PlanCommandType = PlanCommand['type'];

/** Every command except CreatePlan: it names an existing plan and the revision its author saw. */
export type PlanWriteCommand = Exclude<PlanCommand, { type: 'CreatePlan' }>;
