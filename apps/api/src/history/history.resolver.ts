import { Inject } from '@nestjs/common';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { planStreamId, upcastPlanEvent, versionsOf, type PlanEvent, type Principal } from '@planledger/domain';
import type { ChainVerifier, EventStore } from '@planledger/event-store';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { toDocumentType } from '../documents/document.mapper';
import { DocumentType } from '../documents/document.types';
import { EVENT_STORE } from '../event-log/event-log.module';
import { capPageSize } from '../graphql/hardening';
import { RequestAccess } from '../graphql/request-access';
import { PlanCommandsService } from '../plans/plan-commands.service';
import { refOf } from './history-refs';
import { PlanHistory } from './plan-history';
import {
  HistoryPageType, HistoryRefInput, NodeBlameType, VerifyReportType, VersionType,
} from './history.types';

const MAX_PAGE = 500;

/** Auditors' view: any revision at any instant, who changed what and why, and whether the log is intact. */
@Resolver()
export class HistoryResolver {
  constructor(
    private readonly planHistory: PlanHistory,
    private readonly plans: PlanCommandsService,
    @Inject(EVENT_STORE) private readonly store: EventStore & ChainVerifier,
    private readonly access: RequestAccess,
  ) {}

  @Query(() => DocumentType, { description: 'The text of a plan at a revision, an instant or a named version' })
  async documentAt(
    @Args('planId', { type: () => ID }) planId: string,
    @Args('at', { type: () => HistoryRefInput }) at: HistoryRefInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DocumentType> {
    this.access.require(principal, 'ReadHistory', { planId });
    const { revision, document } = await this.planHistory.documentAt(planId, refOf(at));
    return toDocumentType(document, revision);
  }

  @Query(() => [VersionType], { description: 'Named versions: 征求意见稿（第N轮）, 送审稿, 印发稿 and tags' })
  async versions(@Args('planId', { type: () => ID }) planId: string, @CurrentPrincipal() principal: Principal): Promise<VersionType[]> {
    this.access.require(principal, 'ReadPlan', { planId });
    const events = (await this.store.readStream(planStreamId(planId))).map((e) => upcastPlanEvent(e));
    return versionsOf(events).map((v) => ({ ...v, note: v.note ?? null }));
  }

  @Query(() => HistoryPageType, { description: 'The events of a plan after a revision, oldest first' })
  async history(
    @Args('planId', { type: () => ID }) planId: string,
    @Args('after', { type: () => Int, nullable: true, defaultValue: 0 }) after: number,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100, description: `At most ${MAX_PAGE}` }) first: number,
    @CurrentPrincipal() principal: Principal,
  ): Promise<HistoryPageType> {
    this.access.require(principal, 'ReadHistory', { planId });
    const count = capPageSize(first, { max: MAX_PAGE, default: 100 });
    const stored = await this.store.readStream(planStreamId(planId), { fromRevision: Math.max(0, after), maxCount: count + 1 });
    const entries = stored.slice(0, count).map((e) => {
      const event = upcastPlanEvent(e) as PlanEvent & { data: { actor: string; at: string; reason?: string; nodeId?: string } };
      return {
        revision: e.streamRevision + 1,
        eventId: e.id,
        type: e.type,
        actor: event.data.actor,
        at: event.data.at,
        recordedAt: e.createdAt.toISOString(),
        reason: event.data.reason ?? null,
        nodeId: event.data.nodeId ?? null,
        data: JSON.stringify(e.data),
      };
    });
    return { entries, nextAfter: stored.length > count && entries.length > 0 ? entries[entries.length - 1].revision : null };
  }

  @Query(() => [NodeBlameType], { description: 'Who last changed each clause and each character range' })
  async blame(
    @Args('planId', { type: () => ID }) planId: string,
    @Args('at', { type: () => HistoryRefInput, nullable: true }) at: HistoryRefInput | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<NodeBlameType[]> {
    this.access.require(principal, 'ReadHistory', { planId });
    const blame = await this.planHistory.blameAt(planId, at ? refOf(at) : { revision: (await this.plans.current(planId)).revision });
    return blame.nodes.map((node) => ({
      nodeId: node.nodeId,
      kind: node.kind,
      text: node.text,
      lastChangedRevision: node.lastChange.revision,
      lastChangedBy: node.lastChange.actor,
      lastChangedAt: node.lastChange.at,
      lastChangeReason: node.lastChange.reason ?? null,
      ranges: node.ranges.map((r) => ({ ...r, reason: r.reason ?? null })),
    }));
  }

  @Query(() => VerifyReportType, { description: 'Recompute the hash chain of a plan: the first place it was tampered with' })
  async verify(@Args('planId', { type: () => ID }) planId: string, @CurrentPrincipal() principal: Principal): Promise<VerifyReportType> {
    this.access.require(principal, 'Verify', { planId });
    const report = await this.store.verify(planStreamId(planId));
    return {
      ok: report.ok,
      eventsChecked: report.eventsChecked,
      failures: report.failures.map((f) => ({ streamId: f.streamId, reason: f.reason, revision: f.revision + 1 })),
    };
  }
}
