import { commentsProjection } from './comments/comments-projection';
import { departmentTasksProjection } from './department-tasks/department-tasks-projection';
import { planHistoryProjection } from './plan-history/plan-history-projection';
import { planNodesProjection } from './plan-nodes/plan-nodes-projection';
import { planVersionsProjection } from './plan-versions/plan-versions-projection';
import { plansProjection } from './plans/plans-projection';
import type { Projection } from './runner/projection';

/** Every read model, by the name `rebuild` takes. */
export const ALL_PROJECTIONS: readonly Projection[] = [
  plansProjection,
  planNodesProjection,
  planVersionsProjection,
  planHistoryProjection,
  commentsProjection,
  departmentTasksProjection,
];

export function projectionNamed(name: string): Projection | undefined {
  return ALL_PROJECTIONS.find((projection) => projection.name === name);
}
