import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { PlanError, type Principal } from '@planledger/domain';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { RequestAccess } from '../graphql/request-access';
import { PlanCommandsService } from '../plans/plan-commands.service';
import { AdoptionReportService } from './adoption-report.service';
import { toCommentType, toRoundType } from './consultation.mapper';
import { ConsultationService } from './consultation.service';
import { AdoptionReportType, CommentType, DepartmentType, RoundType } from './consultation.types';
import { DepartmentsService } from './departments.service';

@Resolver()
export class ConsultationResolver {
  constructor(
    private readonly consultation: ConsultationService,
    private readonly reports: AdoptionReportService,
    private readonly plans: PlanCommandsService,
    private readonly registry: DepartmentsService,
    private readonly access: RequestAccess,
  ) {}

  @Query(() => [RoundType], { description: 'The consultation rounds of a plan, first to last' })
  async rounds(@Args('planId', { type: () => ID }) planId: string, @CurrentPrincipal() principal: Principal): Promise<RoundType[]> {
    this.access.require(principal, 'ReadPlan', { planId });
    const { state } = await this.plans.current(planId);
    if (!state.planId) throw new PlanError('NOT_FOUND', `plan ${planId} does not exist`);
    const rounds: RoundType[] = [];
    for (let n = 1; n <= state.consultationRounds; n++) {
      // The plan counts a round when consultation starts; the round itself may not be opened yet.
      const round = await this.consultation.findRound(this.consultation.roundId(planId, n));
      if (round) rounds.push(toRoundType(round));
    }
    return rounds;
  }

  @Query(() => [CommentType], { description: 'Comments of a round; a department reviewer sees only their department’s' })
  async comments(
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('departmentId', { type: () => String, nullable: true }) departmentId: string | undefined,
    @Args('disposition', { type: () => String, nullable: true, description: 'adopted, partlyAdopted, notAdopted, alreadyCovered or none' }) disposition: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CommentType[]> {
    const { round, feedback } = await this.consultation.roundFeedback(roundId);
    this.access.require(principal, 'ReadComments', { planId: round.planId, ...(departmentId ? { departmentId } : {}) });
    return feedback.comments
      .filter((c) => !departmentId || c.departmentId === departmentId)
      .filter((c) => !disposition || (c.disposition?.disposition ?? 'none') === disposition)
      .map(toCommentType);
  }

  @Query(() => AdoptionReportType, { description: '意见采纳情况表 of a round' })
  async adoptionReport(@Args('roundId', { type: () => ID }) roundId: string, @CurrentPrincipal() principal: Principal): Promise<AdoptionReportType> {
    const round = await this.consultation.round(roundId);
    this.access.require(principal, 'ReadAdoptionReport', { planId: round.planId });
    return this.reports.report(roundId);
  }

  @Query(() => [DepartmentType], { description: 'The registered departments (invitable to rounds)' })
  async departments(@CurrentPrincipal() principal: Principal): Promise<DepartmentType[]> {
    this.access.require(principal, 'ReadPlan');
    return this.registry.list();
  }

  @Query(() => Int, { description: 'Comments of the plan’s last round still without a disposition' })
  async undisposedComments(@Args('planId', { type: () => ID }) planId: string, @CurrentPrincipal() principal: Principal): Promise<number> {
    this.access.require(principal, 'ReadComments', { planId });
    const { state } = await this.plans.current(planId);
    if (state.consultationRounds === 0) return 0;
    const roundId = this.consultation.roundId(planId, state.consultationRounds);
    if (!(await this.consultation.findRound(roundId))) return 0;
    const { feedback } = await this.consultation.roundFeedback(roundId);
    return feedback.comments.filter((c) => !c.withdrawn && !c.disposition).length;
  }
}
