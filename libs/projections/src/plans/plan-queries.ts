import type { DataSource, Repository } from 'typeorm';
import { PlanRow } from './plan.entity';

/** Reads of the plans table. */
export class PlanQueries {
  private readonly plans: Repository<PlanRow>;

  constructor(dataSource: DataSource) {
    this.plans = dataSource.getRepository(PlanRow);
  }

  get(planId: string): Promise<PlanRow | null> {
    return this.plans.findOneBy({ planId });
  }

  /** Most recently changed first; `stage` narrows to one stage. */
  list(options: { stage?: string; limit?: number } = {}): Promise<PlanRow[]> {
    return this.plans.find({
      where: options.stage === undefined ? {} : { stage: options.stage },
      order: { updatedAt: 'DESC', planId: 'ASC' },
      take: options.limit ?? 100,
    });
  }
}
