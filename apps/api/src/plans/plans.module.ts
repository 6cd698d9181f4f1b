import { Module } from '@nestjs/common';
import { RequestAccess } from '../graphql/request-access';
import { PlanCommandsService } from './plan-commands.service';
import { PlanMutationsResolver } from './plan-mutations.resolver';
import { PlanResolver } from './plan.resolver';
import { PlanWrites } from './plan-writes';

@Module({
  providers: [PlanCommandsService, PlanWrites, RequestAccess, PlanResolver, PlanMutationsResolver],
  exports: [PlanCommandsService, PlanWrites, RequestAccess],
})
export class PlansModule {}
