import type { PlanEvent } from '../events';
import { eventMetaFrom } from '../shared/command-meta';
import { badInput, PlanError } from '../shared/plan-error';
import { isBlank } from '../shared/text-rules';
import type { CreatePlan } from './plan-commands';
import type { PlanState } from './plan-state';

export function decideCreatePlan(command: CreatePlan, state: PlanState): PlanEvent[] {
  const { planId, title } = command.data;
  const meta = eventMetaFrom(command.data);
  if (isBlank(planId)) throw badInput('planId', 'a plan needs an id');
  if (isBlank(title)) throw badInput('title', 'a plan needs a title');
  if (state.planId !== null) {
    throw new PlanError('ALREADY_EXISTS', `plan ${state.planId} already exists`);
  }
  return [{ type: 'PlanCreated', data: { ...meta, planId, title: title.trim() } }];
}
