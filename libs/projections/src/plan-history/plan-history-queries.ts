import { LessThan, type DataSource, type Repository } from 'typeorm';
import { PlanHistoryRow } from './plan-history.entity';

export interface HistoryPage {
  /** Only entries before this revision (for paging backwards). */
  beforeRevision?: number;
  /** Default 50. */
  limit?: number;
}

/** Reads of plan_history: newest first. */
export class PlanHistoryQueries {
  private readonly history: Repository<PlanHistoryRow>;

  constructor(dataSource: DataSource) {
    this.history = dataSource.getRepository(PlanHistoryRow);
  }

  forPlan(planId: string, page: HistoryPage = {}): Promise<PlanHistoryRow[]> {
    const where = page.beforeRevision === undefined ? { planId } : { planId, revision: LessThan(page.beforeRevision) };
    return this.history.find({ where, order: { revision: 'DESC' }, take: page.limit ?? 50 });
  }

  forNode(planId: string, nodeId: string): Promise<PlanHistoryRow[]> {
    return this.history.find({ where: { planId, nodeId }, order: { revision: 'DESC' } });
  }
}
