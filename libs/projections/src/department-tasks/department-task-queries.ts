import type { DataSource, Repository } from 'typeorm';
import { DepartmentTaskRow } from './department-task.entity';

/** Reads of department_tasks. */
export class DepartmentTaskQueries {
  private readonly tasks: Repository<DepartmentTaskRow>;

  constructor(dataSource: DataSource) {
    this.tasks = dataSource.getRepository(DepartmentTaskRow);
  }

  /** The department's tasks across plans (or in one plan), by plan, in document order. */
  forDepartment(departmentId: string, planId?: string): Promise<DepartmentTaskRow[]> {
    return this.tasks.find({
      where: planId === undefined ? { departmentId } : { departmentId, planId },
      order: { planId: 'ASC', ordinal: 'ASC' },
    });
  }

  forPlan(planId: string): Promise<DepartmentTaskRow[]> {
    return this.tasks.find({ where: { planId }, order: { ordinal: 'ASC', departmentId: 'ASC' } });
  }
}
