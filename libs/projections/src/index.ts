export { createProjectionDataSource } from './database/projection-data-source';
export { PROJECTION_ENTITIES } from './database/entities';
export { migrateReadModels, type ReadMigrationReport } from './schema/migrate-read-models';
export type { ReadMigration } from './schema/migration';
export { READ_SCHEMA, REBUILD_SCHEMA } from './schema/read-schema';

export type { Projection, Projector, ProjectorContext, SqlExecutor } from './runner/projection';
export { ProjectionRunner, type ProjectionRunnerOptions, type RunnerStatus } from './runner/projection-runner';
export {
  CheckpointMovedBackError,
  ProjectionError,
  ProjectionFailedError,
  ProjectionStoppedError,
  RebuildInProgressError,
  RebuildSwapFailedError,
  type ProjectionErrorCode,
} from './runner/errors';
export { ReadModels, type StartReadModelsOptions } from './read-models';
export { ALL_PROJECTIONS, projectionNamed } from './projections';
export { rebuildProjection, type RebuildOptions, type RebuildReport } from './rebuild/rebuild-projection';

export { plansProjection } from './plans/plans-projection';
export { PlanRow } from './plans/plan.entity';
export { PlanQueries } from './plans/plan-queries';

export { planNodesProjection } from './plan-nodes/plan-nodes-projection';
export { PlanNodeRow } from './plan-nodes/plan-node.entity';
export { PlanTextQueries } from './plan-nodes/plan-text-queries';

export { planVersionsProjection } from './plan-versions/plan-versions-projection';
export { PlanVersionRow } from './plan-versions/plan-version.entity';
export { PlanVersionQueries } from './plan-versions/plan-version-queries';

export { planHistoryProjection } from './plan-history/plan-history-projection';
export { PlanHistoryRow } from './plan-history/plan-history.entity';
export { PlanHistoryQueries, type HistoryPage } from './plan-history/plan-history-queries';

export { commentsProjection } from './comments/comments-projection';
export { RoundRow } from './comments/round.entity';
export { CommentRow } from './comments/comment.entity';
export { CommentDispositionRow } from './comments/comment-disposition.entity';
export { CommentQueries, type CommentFilter } from './comments/comment-queries';

export { departmentTasksProjection } from './department-tasks/department-tasks-projection';
export { DepartmentTaskRow } from './department-tasks/department-task.entity';
export { DepartmentTaskQueries } from './department-tasks/department-task-queries';
