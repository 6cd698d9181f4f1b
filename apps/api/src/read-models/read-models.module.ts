import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Database, EventStore } from '@planledger/event-store';
import { ReadModels } from '@planledger/projections';
import { DATABASE } from '../database/database.module';
import { EVENT_STORE } from '../event-log/event-log.module';
import { PlansModule } from '../plans/plans.module';
import { ReadModelsResolver } from './read-models.resolver';
import { READ_MODELS } from './read-models.token';

@Injectable()
class ReadModelsStopper implements OnApplicationShutdown {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}
  async onApplicationShutdown(): Promise<void> {
    await this.readModels.stop();
  }
}

/** The projections of this process: migrated and followed from their checkpoints at start. */
@Global()
@Module({
  imports: [PlansModule],
  providers: [
    ReadModelsResolver,
    {
      provide: READ_MODELS,
      inject: [DATABASE, EVENT_STORE],
      useFactory: (database: Database, store: EventStore) => ReadModels.start({ database, store }),
    },
    ReadModelsStopper,
  ],
  exports: [READ_MODELS],
})
export class ReadModelsModule {}
