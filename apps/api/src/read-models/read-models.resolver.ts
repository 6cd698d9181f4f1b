import { Inject } from '@nestjs/common';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { PlanError, type Principal } from '@planledger/domain';
import { parsePosition } from '@planledger/event-store';
import { DepartmentTaskQueries, PlanRow, type ReadModels } from '@planledger/projections';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { capPageSize } from '../graphql/hardening';
import { RequestAccess } from '../graphql/request-access';
import { READ_MODELS } from './read-models.token';
import { DepartmentTaskType, PlanPageType } from './read-models.types';

/** How long a query waits for the read models to reach a position the client wrote at. */
const READ_YOUR_WRITES_TIMEOUT_MS = 5000;

export class ReadModelLagError extends Error {
  readonly code = 'CONFLICT';
}

/** Queries served by the projections; `atLeastPosition` (from a mutation's result) reads your own writes. */
@Resolver()
export class ReadModelsResolver {
  private readonly tasks: DepartmentTaskQueries;

  constructor(
    @Inject(READ_MODELS) private readonly readModels: ReadModels,
    private readonly access: RequestAccess,
  ) {
    this.tasks = new DepartmentTaskQueries(readModels.dataSource);
  }

  @Query(() => PlanPageType, { description: 'Plans by id, optionally of one stage; cursor pagination' })
  async plans(
    @Args('stage', { type: () => String, nullable: true }) stage: string | undefined,
    @Args('after', { type: () => String, nullable: true }) after: string | undefined,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('atLeastPosition', { type: () => String, nullable: true }) atLeastPosition: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PlanPageType> {
    this.access.require(principal, 'ReadPlan');
    await this.waitFor(atLeastPosition);
    const limit = capPageSize(first, { max: 100, default: 20 });
    const query = this.readModels.dataSource.getRepository(PlanRow).createQueryBuilder('plan').orderBy('plan.planId', 'ASC').take(limit + 1);
    if (stage) query.andWhere('plan.stage = :stage', { stage });
    if (after) query.andWhere('plan.planId > :after', { after });
    const rows = await query.getMany();
    const page = rows.slice(0, limit);
    return {
      plans: page.map((row) => ({
        id: row.planId,
        title: row.title,
        stage: row.stage,
        documentNumber: row.documentNumber,
        revision: row.revision,
        consultationRounds: row.consultationRounds,
        updatedAt: row.updatedAt.toISOString(),
        updatedBy: row.updatedBy,
      })),
      endCursor: rows.length > limit && page.length > 0 ? page[page.length - 1].planId : null,
    };
  }

  @Query(() => [DepartmentTaskType], { description: 'The items a department is responsible for, across plans or in one' })
  async departmentTasks(
    @Args('departmentId') departmentId: string,
    @Args('planId', { type: () => ID, nullable: true }) planId: string | undefined,
    @Args('atLeastPosition', { type: () => String, nullable: true }) atLeastPosition: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DepartmentTaskType[]> {
    this.access.require(principal, 'ReadPlan', planId ? { planId } : {});
    await this.waitFor(atLeastPosition);
    return this.tasks.forDepartment(departmentId, planId);
  }

  private async waitFor(position: string | undefined): Promise<void> {
    if (!position) return;
    let parsed;
    try {
      parsed = parsePosition(position);
    } catch {
      throw new PlanError('BAD_USER_INPUT', 'atLeastPosition is not a position this API returned', { field: 'atLeastPosition' });
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ReadModelLagError('the read models did not reach that position in time; retry')), READ_YOUR_WRITES_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.readModels.waitFor(parsed), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
