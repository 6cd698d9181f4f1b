import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { PlanError, type Principal } from '@planledger/domain';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { documentTypeOfState } from '../documents/document.mapper';
import { DocumentType } from '../documents/document.types';
import { RequestAccess } from '../graphql/request-access';
import { PlanCommandsService } from './plan-commands.service';
import { PlanType } from './plan.types';

@Resolver(() => PlanType)
export class PlanResolver {
  constructor(
    private readonly plans: PlanCommandsService,
    private readonly access: RequestAccess,
  ) {}

  @Query(() => PlanType, { description: 'One plan as of now' })
  async plan(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<PlanType> {
    this.access.require(principal, 'ReadPlan', { planId: id });
    const { state, revision } = await this.plans.current(id);
    if (!state.planId || !state.stage) throw new PlanError('NOT_FOUND', `plan ${id} does not exist`);
    const document = documentTypeOfState(state, revision);
    return {
      id,
      title: document.metadata.title ?? id,
      stage: state.stage,
      revision,
      metadata: document.metadata,
      consultationRounds: state.consultationRounds,
      issuedDocumentNumbers: [...state.issuedDocumentNumbers],
    };
  }

  @Query(() => DocumentType, { description: 'The current text of a plan' })
  async document(@Args('planId', { type: () => ID }) planId: string, @CurrentPrincipal() principal: Principal): Promise<DocumentType> {
    this.access.require(principal, 'ReadPlan', { planId });
    const current = await this.plans.current(planId);
    if (!current.state.planId) throw new PlanError('NOT_FOUND', `plan ${planId} does not exist`);
    return documentTypeOfState(current.state, current.revision);
  }
}
