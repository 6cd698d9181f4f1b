import type { DataSource, Repository } from 'typeorm';
import { PlanVersionRow } from './plan-version.entity';

/** Reads of plan_versions. */
export class PlanVersionQueries {
  private readonly versions: Repository<PlanVersionRow>;

  constructor(dataSource: DataSource) {
    this.versions = dataSource.getRepository(PlanVersionRow);
  }

  /** Every naming of the plan, in the order the names were given. */
  list(planId: string): Promise<PlanVersionRow[]> {
    return this.versions.find({ where: { planId }, order: { namedAtRevision: 'ASC' } });
  }

  /** The latest naming of `name` (a recurring name refers to its latest revision). */
  byName(planId: string, name: string): Promise<PlanVersionRow | null> {
    return this.versions.findOne({ where: { planId, name }, order: { namedAtRevision: 'DESC' } });
  }
}
