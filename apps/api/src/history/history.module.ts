import { Module } from '@nestjs/common';
import type { EventStore, SnapshotStore } from '@planledger/event-store';
import { StreamChanges } from '../commands/stream-changes';
import { EVENT_STORE } from '../event-log/event-log.module';
import { PlanHistory } from './plan-history';

/** Provides PlanHistory on the app's event store; resolvers inject it by class. */
@Module({
  providers: [
    {
      provide: PlanHistory,
      inject: [EVENT_STORE, StreamChanges],
      useFactory: (store: EventStore & SnapshotStore, changes: StreamChanges) => new PlanHistory(store, { changes }),
    },
  ],
  exports: [PlanHistory],
})
export class HistoryModule {}
