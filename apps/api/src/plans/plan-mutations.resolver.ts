import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { parseDocument, type NodeKind } from '@planledger/documents';
import type { PlanCommand, Principal } from '@planledger/domain';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { RequestAccess } from '../graphql/request-access';
import {
  ChangeNodeLevelInput, CreatePlanInput, EditNodeTextInput, ImportPlanTextInput, InsertNodeInput, IssuePlanInput,
  MoveNodeInput, NodeInput, SetMetadataInput, SetResponsibleUnitsInput, StageChangeInput, TagVersionInput,
} from './plan-inputs';
import { PlanCommandsService } from './plan-commands.service';
import { PlanWrites } from './plan-writes';
import { CommandResultType } from './plan.types';


/** One mutation per plan command: authorize, build the command with who and when, dispatch. */
@Resolver()
export class PlanMutationsResolver {
  constructor(
    private readonly plans: PlanCommandsService,
    private readonly writes: PlanWrites,
    private readonly access: RequestAccess,
  ) {}

  @Mutation(() => CommandResultType)
  async createPlan(@Args('input') input: CreatePlanInput, @CurrentPrincipal() principal: Principal): Promise<CommandResultType> {
    const actor = this.access.require(principal, 'CreatePlan').userId;
    const command: PlanCommand = {
      type: 'CreatePlan',
      data: { planId: input.planId, title: input.title, actor, at: new Date().toISOString(), ...(input.reason ? { reason: input.reason } : {}) },
    };
    return { planId: input.planId, ...(await this.plans.execute(command, input.commandId)) };
  }

  @Mutation(() => CommandResultType, { description: 'Replace the whole text with a parsed document (e.g. pasted from Word)' })
  importPlanText(@Args('input') input: ImportPlanTextInput, @CurrentPrincipal() principal: Principal) {
    const { document, normalizations } = parseDocument(input.text);
    return this.writes.write(principal, 'ImportPlanText', input, { document, normalizations, sourceLabel: input.sourceLabel });
  }

  @Mutation(() => CommandResultType)
  setMetadata(@Args('input') input: SetMetadataInput, @CurrentPrincipal() principal: Principal) {
    const { title, issuingBody, addressees, date, publicationNote } = input;
    const changes = definedOnly({ title, issuingBody, addressees, date, publicationNote });
    return this.writes.write(principal, 'SetMetadata', input, { changes });
  }

  @Mutation(() => CommandResultType, { description: 'Replace `deleteCount` characters at `offset` with `insertedText`' })
  editNodeText(@Args('input') input: EditNodeTextInput, @CurrentPrincipal() principal: Principal) {
    const { nodeId, offset, deleteCount, insertedText } = input;
    return this.writes.write(principal, 'EditNodeText', input, { nodeId, offset, deleteCount, insertedText });
  }

  @Mutation(() => CommandResultType)
  insertNode(@Args('input') input: InsertNodeInput, @CurrentPrincipal() principal: Principal) {
    const { nodeId, parentId, index, kind, text, responsibleUnits } = input;
    return this.writes.write(principal, 'InsertNode', input, {
      nodeId, parentId: parentId ?? null, index, kind: kind as NodeKind, text, ...(responsibleUnits ? { responsibleUnits } : {}),
    });
  }

  @Mutation(() => CommandResultType)
  deleteNode(@Args('input') input: NodeInput, @CurrentPrincipal() principal: Principal) {
    return this.writes.write(principal, 'DeleteNode', input, { nodeId: input.nodeId });
  }

  @Mutation(() => CommandResultType)
  moveNode(@Args('input') input: MoveNodeInput, @CurrentPrincipal() principal: Principal) {
    return this.writes.write(principal, 'MoveNode', input, { nodeId: input.nodeId, toParentId: input.toParentId ?? null, toGap: input.toGap });
  }

  @Mutation(() => CommandResultType)
  changeNodeLevel(@Args('input') input: ChangeNodeLevelInput, @CurrentPrincipal() principal: Principal) {
    return this.writes.write(principal, 'ChangeNodeLevel', input, { nodeId: input.nodeId, toKind: input.toKind as NodeKind });
  }

  @Mutation(() => CommandResultType)
  setResponsibleUnits(@Args('input') input: SetResponsibleUnitsInput, @CurrentPrincipal() principal: Principal) {
    return this.writes.write(principal, 'SetResponsibleUnits', input, { nodeId: input.nodeId, units: input.units });
  }

  @Mutation(() => CommandResultType, { description: 'Freeze the text as the consultation draft (征求意见稿)' })
  startConsultation(@Args('input') input: StageChangeInput, @CurrentPrincipal() principal: Principal) {
    return this.writes.write(principal, 'StartConsultation', input, {});
  }

  @Mutation(() => CommandResultType)
  startRevision(@Args('input') input: StageChangeInput, @CurrentPrincipal() principal: Principal) {
    return this.writes.write(principal, 'StartRevision', input, {});
  }

  @Mutation(() => CommandResultType, { description: 'Issue (印发) under a document number; the text becomes immutable' })
  issuePlan(@Args('input') input: IssuePlanInput, @CurrentPrincipal() principal: Principal) {
    return this.writes.write(principal, 'IssuePlan', input, { documentNumber: input.documentNumber, issuedOn: input.issuedOn });
  }

  @Mutation(() => CommandResultType, { description: 'Name the revision the author saw, e.g. 专家论证稿' })
  tagVersion(@Args('input') input: TagVersionInput, @CurrentPrincipal() principal: Principal) {
    return this.writes.write(principal, 'TagVersion', input, { name: input.name, ...(input.note ? { note: input.note } : {}) });
  }

  @Mutation(() => CommandResultType, { description: 'Re-open an issued plan for an amendment with its own history' })
  startAmendment(@Args('input') input: StageChangeInput, @CurrentPrincipal() principal: Principal) {
    return this.writes.write(principal, 'StartAmendment', input, {});
  }
}

function definedOnly<T extends Record<string, unknown>>(values: T): Partial<{ [K in keyof T]: Exclude<T[K], null | undefined> }> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null)) as never;
}
