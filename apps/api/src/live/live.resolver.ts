import { Args, Field, ID, Int, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import { planStreamId, type Principal } from '@planledger/domain';
import type { StoredEvent } from '@planledger/event-store';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { isRoundOfPlan } from '../consultation/consultation-streams';
import { toGraphQLError } from '../graphql/error-codes';
import { RequestAccess } from '../graphql/request-access';
import { LiveEvents } from './live-events';

@ObjectType('PlanChange', { description: 'An event just appended to a plan: refetch what you show' })
class PlanChangeType {
  @Field(() => ID) planId!: string;
  @Field(() => Int, { description: 'The plan revision after this event' }) revision!: number;
  @Field() type!: string;
  @Field() actor!: string;
  @Field(() => String, { nullable: true }) nodeId!: string | null;
}

@ObjectType('CommentAdded')
class CommentAddedType {
  @Field(() => ID) planId!: string;
  @Field(() => ID) roundId!: string;
  @Field() departmentId!: string;
  @Field(() => ID) commentId!: string;
}

interface EventData {
  actor?: string;
  nodeId?: string;
  roundId?: string;
  departmentId?: string;
  commentId?: string;
}

/** Collaborators see each other's edits live (graphql-ws on /graphql). */
@Resolver()
export class LiveResolver {
  constructor(
    private readonly live: LiveEvents,
    private readonly access: RequestAccess,
  ) {}

  @Subscription(() => PlanChangeType, { description: 'Every change to a plan as it lands', resolve: (value: PlanChangeType) => value })
  planChanged(@Args('planId', { type: () => ID }) planId: string, @CurrentPrincipal() principal: Principal) {
    this.authorize(principal, 'ReadPlan', planId);
    const streamId = planStreamId(planId);
    return this.live.follow(
      (event) => event.streamId === streamId,
      (event): PlanChangeType => {
        const data = event.data as EventData;
        return { planId, revision: event.streamRevision + 1, type: event.type, actor: data.actor ?? '', nodeId: data.nodeId ?? null };
      },
    );
  }

  @Subscription(() => CommentAddedType, { description: 'Comments submitted on any round of a plan', resolve: (value: CommentAddedType) => value })
  commentAdded(@Args('planId', { type: () => ID }) planId: string, @CurrentPrincipal() principal: Principal) {
    this.authorize(principal, 'ReadComments', planId);
    return this.live.follow(
      (event: StoredEvent) => event.type === 'CommentSubmitted' && isRoundOfPlan((event.data as EventData).roundId ?? '', planId),
      (event): CommentAddedType => {
        const data = event.data as EventData;
        return { planId, roundId: data.roundId ?? '', departmentId: data.departmentId ?? '', commentId: data.commentId ?? '' };
      },
    );
  }

  /** Refusals leave through graphql-ws, which skips Apollo's formatError: map them here. */
  private authorize(principal: Principal, action: 'ReadPlan' | 'ReadComments', planId: string): void {
    try {
      this.access.require(principal, action, { planId });
    } catch (error) {
      throw toGraphQLError(error);
    }
  }
}
