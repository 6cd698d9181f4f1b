import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { LiveEvents } from './live-events';
import { LiveResolver } from './live.resolver';

@Module({ imports: [PlansModule], providers: [LiveEvents, LiveResolver] })
export class LiveModule {}
