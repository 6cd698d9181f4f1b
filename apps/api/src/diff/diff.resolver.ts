import { Args, Query, Resolver } from '@nestjs/graphql';
import { diffDocuments, renderHtml, renderUnified } from '@planledger/diff';
import type { Principal } from '@planledger/domain';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { RequestAccess } from '../graphql/request-access';
import { refOf } from '../history/history-refs';
import { VersionRefInput } from '../history/history.types';
import { PlanHistory } from '../history/plan-history';
import { PlanCommandsService } from '../plans/plan-commands.service';
import { DiffType } from './diff.types';

@Resolver()
export class DiffResolver {
  constructor(
    private readonly history: PlanHistory,
    private readonly plans: PlanCommandsService,
    private readonly access: RequestAccess,
  ) {}

  @Query(() => DiffType, {
    description: 'Diff two versions of one plan (e.g. 征求意见稿 vs 印发稿), or two plans (a draft vs a neighbour’s issued plan)',
  })
  async diff(
    @Args('from', { type: () => VersionRefInput }) from: VersionRefInput,
    @Args('to', { type: () => VersionRefInput }) to: VersionRefInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DiffType> {
    this.access.require(principal, 'ReadHistory', { planId: from.planId });
    this.access.require(principal, 'ReadHistory', { planId: to.planId });
    const [before, after] = await Promise.all([this.load(from), this.load(to)]);
    const diff = diffDocuments(before.document, after.document, { match: from.planId === to.planId ? 'identity' : 'content' });
    return {
      match: diff.match,
      fromRevision: before.revision,
      toRevision: after.revision,
      summary: diff.summary,
      metadata: diff.metadata.map((m) => ({ field: m.field, before: JSON.stringify(m.before), after: JSON.stringify(m.after) })),
      changes: diff.changes,
      unified: renderUnified(diff),
      html: renderHtml(diff),
    };
  }

  /** The text at the ref's point, or the current text when it names none. */
  private async load(ref: VersionRefInput) {
    const point = refOf(ref);
    if (Object.keys(point).length > 0) return this.history.documentAt(ref.planId, point);
    const { revision } = await this.plans.current(ref.planId);
    return this.history.documentAt(ref.planId, { revision });
  }
}
