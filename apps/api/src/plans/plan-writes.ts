import { Injectable } from '@nestjs/common';
import type { PlanWriteCommand, Principal } from '@planledger/domain';
import { RequestAccess } from '../graphql/request-access';
import { PlanCommandsService } from './plan-commands.service';
import type { PlanWriteInput } from './plan-inputs';
import type { CommandResultType } from './plan.types';

export type WriteData<T extends PlanWriteCommand['type']> = Omit<
  Extract<PlanWriteCommand, { type: T }>['data'],
  keyof PlanWriteInput | 'actor' | 'at'
>;

/** A write on an existing plan: authorize, add who, when and why, execute. */
@Injectable()
export class PlanWrites {
  constructor(
    private readonly plans: PlanCommandsService,
    private readonly access: RequestAccess,
  ) {}

  async write<T extends PlanWriteCommand['type']>(
    principal: Principal,
    type: T,
    input: PlanWriteInput,
    data: WriteData<T>,
  ): Promise<CommandResultType> {
    const actor = this.access.require(principal, type, { planId: input.planId }).userId;
    const meta = { planId: input.planId, expectedRevision: input.expectedRevision, actor, at: new Date().toISOString(), ...(input.reason ? { reason: input.reason } : {}) };
    const command = { type, data: { ...meta, ...data } } as PlanWriteCommand;
    return { planId: input.planId, ...(await this.plans.execute(command, input.commandId)) };
  }
}
