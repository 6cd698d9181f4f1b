import { ChainVerifier } from '../port/chain-verifier';
import { EventStore, NewEvent } from '../port/event-store';
import { SnapshotStore } from '../port/snapshot-store';

/** Store settings the contract varies: how often subscriptions poll without a wake-up. */
export interface StoreSettings {
  pollIntervalMs?: number;
}

/**
 * What an adapter hands the contract suite. The suite shares one database per adapter and
 * isolates tests by random stream ids; it never truncates.
 */
export interface EventStoreSubject {
  store: EventStore;
  /** Another store over the same database handle (same process), with its own settings. */
  openStore(settings?: StoreSettings): Promise<EventStore>;
  /**
   * A store as far from `store` as the database allows: its own connections where possible
   * (as another process would have), else the same handle.
   */
  openPeer(settings?: StoreSettings): Promise<EventStore>;
  /**
   * Appends inside a transaction it keeps open until `commit` or `rollback`.
   * On a single-connection database this holds the only connection meanwhile.
   */
  holdUncommittedAppend(streamId: string, events: NewEvent[]): Promise<HeldTransaction>;
  /** False where the database has one connection, so no other transaction can commit meanwhile. */
  concurrentTransactions: boolean;
  /** Appends waiting for a connection right now (to observe queueing on one connection). */
  queuedQueries(): number;
  close(): Promise<void>;
}

export interface HeldTransaction {
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

export interface SnapshotSubject {
  store: EventStore & SnapshotStore;
  close(): Promise<void>;
}

/** Edits behind the store's back, as an attacker with database access would make them. */
export interface Tampering {
  setEventData(streamId: string, revision: number, data: unknown): Promise<void>;
  setEventType(streamId: string, revision: number, type: string): Promise<void>;
  deleteEvent(streamId: string, revision: number): Promise<void>;
  swapRevisions(streamId: string, a: number, b: number): Promise<void>;
  setRecordedHeadHash(streamId: string, hash: Buffer): Promise<void>;
  deleteStreamRecord(streamId: string): Promise<void>;
}

export interface ChainVerifierSubject {
  store: EventStore & ChainVerifier;
  tamper: Tampering;
  /** A store on a database of its own, holding nothing yet. */
  openEmptyStore(): Promise<{ store: EventStore & ChainVerifier; close(): Promise<void> }>;
  close(): Promise<void>;
}

/** Opens the subject once for a describe block and closes it after; tests call the getter. */
export function sharedSubject<S extends { close(): Promise<void> }>(open: () => Promise<S>): () => S {
  let subject: S | undefined;
  beforeAll(async () => {
    subject = await open();
  });
  afterAll(async () => {
    await subject?.close();
  });
  return () => {
    if (!subject) throw new Error('the contract subject is not open');
    return subject;
  };
}
