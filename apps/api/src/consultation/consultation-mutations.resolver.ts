import { Args, Mutation, Resolver } from '@nestjs/graphql';
import {
  consultationActorFor,
  type ConsultationDocumentType,
  type DispositionKind,
  type FeedbackCommand,
  type Principal,
  PlanError,
} from '@planledger/domain';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { CommandOutcome } from '../commands/command-runner';
import { RequestAccess } from '../graphql/request-access';
import { PlanCommandsService } from '../plans/plan-commands.service';
import { StageChangeInput } from '../plans/plan-inputs';
import { PlanWrites } from '../plans/plan-writes';
import { CommandResultType } from '../plans/plan.types';
import { ConsultationService } from './consultation.service';
import { DepartmentsService } from './departments.service';
import { ConsultationDocuments } from './consultation-documents';
import {
  AllowLateSubmissionInput, CommentTextInput, ConsultationResultType, FeedbackInput, OpenRoundInput, RecordDispositionInput,
  RegisterDepartmentInput, ReplyInput, RoundInput, SubmitCommentInput, WithdrawCommentInput,
} from './consultation.types';

type FeedbackData<T extends FeedbackCommand['type']> = Omit<Extract<FeedbackCommand, { type: T }>['data'], 'roundId' | 'departmentId' | 'actor' | 'now'>;

/** Rounds and feedback: authorize for the round's plan (and department), then dispatch. */
@Resolver()
export class ConsultationMutationsResolver {
  constructor(
    private readonly consultation: ConsultationService,
    private readonly documents: ConsultationDocuments,
    private readonly plans: PlanCommandsService,
    private readonly planWrites: PlanWrites,
    private readonly departments: DepartmentsService,
    private readonly access: RequestAccess,
  ) {}

  @Mutation(() => ConsultationResultType, { description: 'Open the next round on the frozen consultation draft' })
  async openRound(@Args('input') input: OpenRoundInput, @CurrentPrincipal() principal: Principal): Promise<ConsultationResultType> {
    const user = this.access.require(principal, 'OpenRound', { planId: input.planId });
    const { state, revision } = await this.plans.current(input.planId);
    if (state.stage !== 'consultation') {
      throw new PlanError('STAGE_VIOLATION', 'a round opens on a plan in consultation (start consultation first)', { stage: state.stage });
    }
    const roundId = this.consultation.roundId(input.planId, state.consultationRounds);
    const outcome = await this.consultation.decideOnRound(
      {
        type: 'OpenRound',
        data: {
          roundId, planId: input.planId, roundNumber: state.consultationRounds, consultationRevision: revision,
          documentType: input.documentType as ConsultationDocumentType, invitedDepartmentIds: input.invitedDepartmentIds,
          deadline: input.deadline, actor: consultationActorFor(user, input.planId), now: now(),
        },
      },
      input.commandId,
    );
    return result(roundId, outcome);
  }

  @Mutation(() => ConsultationResultType, { description: 'Add a department that no plan names yet (e.g. 区司法局)' })
  async registerDepartment(@Args('input') input: RegisterDepartmentInput, @CurrentPrincipal() principal: Principal) {
    const user = this.access.require(principal, 'RegisterDepartment');
    const actor = { userId: user.userId, departmentId: user.departmentId, roles: ['coordinator' as const] };
    return result('department-registry', await this.departments.register(input.name, actor, now(), input.commandId));
  }

  @Mutation(() => ConsultationResultType)
  async allowLateSubmission(@Args('input') input: AllowLateSubmissionInput, @CurrentPrincipal() principal: Principal) {
    const round = await this.consultation.round(input.roundId);
    const user = this.access.require(principal, 'AllowLateSubmission', { planId: round.planId });
    const outcome = await this.consultation.decideOnRound(
      {
        type: 'AllowLateSubmission',
        data: { roundId: input.roundId, departmentId: input.departmentId, ...(input.reason ? { reason: input.reason } : {}), actor: consultationActorFor(user, round.planId), now: now() },
      },
      input.commandId,
    );
    return result(input.roundId, outcome);
  }

  @Mutation(() => ConsultationResultType, { description: 'Close the round; silent departments are recorded as 无意见' })
  async closeRound(@Args('input') input: RoundInput, @CurrentPrincipal() principal: Principal) {
    const round = await this.consultation.round(input.roundId);
    const user = this.access.require(principal, 'CloseRound', { planId: round.planId });
    const outcome = await this.consultation.closeRound(input.roundId, consultationActorFor(user, round.planId), now(), input.commandId, input.reason ?? undefined);
    return result(input.roundId, outcome);
  }

  @Mutation(() => ConsultationResultType)
  async submitComment(@Args('input') input: SubmitCommentInput, @CurrentPrincipal() principal: Principal) {
    const round = await this.consultation.round(input.roundId);
    const consultationNodeText = await this.documents.nodeTextAt(round.planId, round.consultationRevision, input.nodeId);
    return this.feedback(principal, 'SubmitComment', input, {
      commentId: input.commentId, nodeId: input.nodeId, range: input.range ? { start: input.range.start, end: input.range.end } : null,
      quotedText: input.quotedText ?? null, consultationNodeText, text: input.text,
    });
  }

  @Mutation(() => ConsultationResultType, { description: 'The department has no objection to the whole plan' })
  answerNoObjection(@Args('input') input: FeedbackInput, @CurrentPrincipal() principal: Principal) {
    return this.feedback(principal, 'AnswerNoObjection', input, {});
  }

  @Mutation(() => ConsultationResultType)
  editComment(@Args('input') input: CommentTextInput, @CurrentPrincipal() principal: Principal) {
    return this.feedback(principal, 'EditComment', input, { commentId: input.commentId, text: input.text });
  }

  @Mutation(() => ConsultationResultType)
  withdrawComment(@Args('input') input: WithdrawCommentInput, @CurrentPrincipal() principal: Principal) {
    return this.feedback(principal, 'WithdrawComment', input, { commentId: input.commentId, ...(input.reason ? { reason: input.reason } : {}) });
  }

  @Mutation(() => ConsultationResultType)
  replyToComment(@Args('input') input: ReplyInput, @CurrentPrincipal() principal: Principal) {
    return this.feedback(principal, 'ReplyToComment', input, { commentId: input.commentId, replyId: input.replyId, text: input.text });
  }

  @Mutation(() => ConsultationResultType, { description: '采纳 / 部分采纳 / 不采纳 / 已有体现, linked to the plan revisions that implement it' })
  recordDisposition(@Args('input') input: RecordDispositionInput, @CurrentPrincipal() principal: Principal) {
    return this.feedback(principal, 'RecordDisposition', input, {
      commentId: input.commentId,
      disposition: input.disposition as DispositionKind,
      ...(input.reason ? { reason: input.reason } : {}),
      ...(input.implementedByRevisions ? { implementedBy: input.implementedByRevisions.map((revision) => ({ revision })) } : {}),
    });
  }

  @Mutation(() => CommandResultType, {
    description: 'Submit for review (送审); refused while a comment of the last round has no disposition',
  })
  async startReview(@Args('input') input: StageChangeInput, @CurrentPrincipal() principal: Principal): Promise<CommandResultType> {
    this.access.require(principal, 'StartReview', { planId: input.planId });
    const { state } = await this.plans.current(input.planId);
    await this.consultation.assertReadyForReview(input.planId, state.consultationRounds);
    return this.planWrites.write(principal, 'StartReview', input, {});
  }

  private async feedback<T extends FeedbackCommand['type']>(
    principal: Principal,
    type: T,
    input: FeedbackInput,
    data: FeedbackData<T>,
  ): Promise<ConsultationResultType> {
    const round = await this.consultation.round(input.roundId);
    const user = this.access.require(principal, type, { planId: round.planId, departmentId: input.departmentId });
    const command = {
      type,
      data: { roundId: input.roundId, departmentId: input.departmentId, actor: consultationActorFor(user, round.planId), now: now(), ...data },
    } as FeedbackCommand;
    return result(`${input.roundId}/${input.departmentId}`, await this.consultation.decideOnFeedback(command, input.commandId));
  }
}

function result(streamId: string, outcome: CommandOutcome): ConsultationResultType {
  return { streamId, ...outcome };
}

function now(): string {
  return new Date().toISOString();
}
