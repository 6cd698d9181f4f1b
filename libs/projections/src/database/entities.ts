import { CommentDispositionRow } from '../comments/comment-disposition.entity';
import { CommentRow } from '../comments/comment.entity';
import { RoundRow } from '../comments/round.entity';
import { DepartmentTaskRow } from '../department-tasks/department-task.entity';
import { PlanHistoryRow } from '../plan-history/plan-history.entity';
import { PlanNodeRow } from '../plan-nodes/plan-node.entity';
import { PlanVersionRow } from '../plan-versions/plan-version.entity';
import { PlanRow } from '../plans/plan.entity';

/** Every TypeORM entity of the read models (tables in READ_SCHEMA; never GraphQL types). */
export const PROJECTION_ENTITIES = [
  PlanRow,
  PlanNodeRow,
  PlanVersionRow,
  PlanHistoryRow,
  RoundRow,
  CommentRow,
  CommentDispositionRow,
  DepartmentTaskRow,
] as const;
