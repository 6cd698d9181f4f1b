import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Database, PostgresEventStore } from '@planledger/event-store';
import { StreamChanges } from '../commands/stream-changes';
import { DATABASE } from '../database/database.module';

export const EVENT_STORE = Symbol('EVENT_STORE');

@Injectable()
class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: PostgresEventStore) {}
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/**
 * The event log, migrated at start (idempotent, safe when several instances start at once), and
 * the announcements of which streams changed (fed by the command runners and LiveEvents).
 */
@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [DATABASE],
      useFactory: (database: Database) => PostgresEventStore.open(database),
    },
    EventStoreCloser,
    { provide: StreamChanges, useFactory: () => new StreamChanges() },
  ],
  exports: [EVENT_STORE, StreamChanges],
})
export class EventLogModule {}
