import { Module } from '@nestjs/common';
import { DiffResolver } from '../diff/diff.resolver';
import { PlansModule } from '../plans/plans.module';
import { HistoryResolver } from './history.resolver';
import { HistoryModule } from './history.module';

/** The auditors' GraphQL: time travel, versions, history, blame, verify and diff. */
@Module({
  imports: [PlansModule, HistoryModule],
  providers: [HistoryResolver, DiffResolver],
})
export class HistoryApiModule {}
