export type { ChainBreak, ChainVerifier, VerifyFailure, VerifyReport } from './port/chain-verifier';
export * from './port/errors';
export type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  MultiStreamAppendResult,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
  StreamWrite,
  SubscribeOptions,
  Subscription,
} from './port/event-store';
export { assertPosition, comparePositions, parsePosition, positionOf, positionToString } from './port/position';
export type { Position } from './port/position';
export type { LoadSnapshotOptions, Snapshot, SnapshotStore } from './port/snapshot-store';
export * from './postgres/database';
export { PostgresEventStore } from './postgres/postgres-event-store';
export type { PostgresEventStoreOptions } from './postgres/postgres-event-store';
export { migrate } from './postgres/schema/migrate';
export type { MigrationReport } from './postgres/schema/migrate';
export { MAX_APPEND_BYTES, MAX_EVENT_BYTES, MAX_EVENT_TYPE_LENGTH } from './validation/append-input';
export { MAX_STREAM_ID_LENGTH } from './validation/stream-id';
