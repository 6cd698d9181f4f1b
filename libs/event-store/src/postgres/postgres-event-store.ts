import { ChainVerifier, VerifyReport } from '../port/chain-verifier';
import { EventStoreClosedError, InvalidReadError } from '../port/errors';
import {
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
} from '../port/event-store';
import { assertPosition } from '../port/position';
import { LoadSnapshotOptions, Snapshot, SnapshotStore } from '../port/snapshot-store';
import { CatchUpSubscription } from '../subscription/catch-up-subscription';
import { WakeUpSignal, wakeUpSignalFor } from '../subscription/wake-up-signal';
import { prepareAppend, prepareStreamWrites } from '../validation/append-input';
import { AppendNotifier } from './append-notifier';
import { AppendWriter } from './append-writer';
import { verifyChains } from './chain-verification';
import { Database } from './database';
import { NotificationListener } from './notification-listener';
import { hasUnstableEvents, readAll, readAllAfter, readStream, streamRevision } from './read-queries';
import { appendToStreams } from './multi-stream-append';
import { migrate } from './schema/migrate';
import { loadSnapshot, saveSnapshot } from './snapshot-queries';
import { streamRevisionAt } from './stream-revision-at';

/** How soon a lost LISTEN connection is opened again (polling covers the gap). */
const LISTEN_RETRY_MS = 1000;
/** Well above a normal append call (a round trip and a commit: about 1 ms on a development machine). */
const DEFAULT_HOLD_APPENDS_MS = 10;

export interface PostgresEventStoreOptions {
  /**
   * pg_notify after appends commit so subscribers in other processes wake at once (coalesced,
   * see AppendNotifier). Default: on for PostgreSQL; PGlite has no second connection to listen
   * on, so there only this process's subscribers are woken (in-process) and other readers poll.
   */
  notify?: boolean;
  /** Subscriptions read at least this often even without a wake-up. Default 500 ms. */
  pollIntervalMs?: number;
  /**
   * Append calls in flight at once (see AppendWriter). Default: 1 on PGlite (one connection
   * anyway); 4 on PostgreSQL, used when calls are held up (see holdAppendsMs).
   */
  maxConcurrentAppendCalls?: number;
  /**
   * Appends that arrive while an append call is in flight wait for it and leave together, in one
   * call and one transaction, unless it is still in flight after this long (waiting for a lock,
   * writing a large append): then they leave beside it, up to maxConcurrentAppendCalls.
   * Default 10 ms; 0 lets appends leave at once while fewer calls than that are in flight.
   */
  holdAppendsMs?: number;
  /** Most appends grouped into one call. Default 64. */
  maxAppendGroup?: number;
}

/** The event log on PostgreSQL or PGlite, through the `pg` pool of a `Database`. */
export class PostgresEventStore implements EventStore, SnapshotStore, ChainVerifier {
  private readonly wakeUps: WakeUpSignal;
  private readonly listener: NotificationListener | undefined;
  private readonly writer: AppendWriter;
  private readonly notifier: AppendNotifier | undefined;
  private readonly pollIntervalMs: number;
  private readonly subscriptions = new Set<Subscription>();
  private closed = false;

  /** Migrates the schema (idempotent, safe to race) and opens the store. */
  static async open(db: Database, options: PostgresEventStoreOptions = {}): Promise<PostgresEventStore> {
    await migrate(db);
    return new PostgresEventStore(db, options);
  }

  /** Opens the store on an already migrated database. */
  constructor(
    private readonly db: Database,
    options: PostgresEventStoreOptions = {},
  ) {
    this.writer = new AppendWriter(db.pool, {
      maxInFlight: options.maxConcurrentAppendCalls ?? (db.kind === 'pglite' ? 1 : 4),
      maxGroup: options.maxAppendGroup ?? 64,
      holdMs: options.holdAppendsMs ?? DEFAULT_HOLD_APPENDS_MS,
    });
    this.notifier = (options.notify ?? db.kind === 'postgres') ? new AppendNotifier(db.pool) : undefined;
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
    this.wakeUps = wakeUpSignalFor(db.pool);
    this.listener =
      db.kind === 'postgres' && db.url
        ? new NotificationListener(db.url, this.wakeUps, Math.min(this.pollIntervalMs, LISTEN_RETRY_MS))
        : undefined;
  }

  async append(streamId: string, expected: ExpectedRevision, events: readonly NewEvent[]): Promise<AppendResult> {
    this.assertOpen();
    const result = await this.writer.append(prepareAppend(streamId, expected, events));
    this.wakeUps.notify();
    this.notifier?.appended();
    return result;
  }

  async appendToStreams(writes: readonly StreamWrite[]): Promise<MultiStreamAppendResult> {
    this.assertOpen();
    const result = await appendToStreams(this.db.pool, prepareStreamWrites(writes));
    this.wakeUps.notify();
    this.notifier?.appended();
    return result;
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    this.assertOpen();
    return readStream(this.db.pool, streamId, options);
  }

  async readAll(options?: ReadAllOptions): Promise<StoredEvent[]> {
    this.assertOpen();
    if (options?.from !== undefined) assertPosition(options.from);
    return readAll(this.db.pool, options);
  }

  async streamRevision(streamId: string): Promise<number | undefined> {
    this.assertOpen();
    return streamRevision(this.db.pool, streamId);
  }

  async streamRevisionAt(streamId: string, at: Date): Promise<number | undefined> {
    this.assertOpen();
    return streamRevisionAt(this.db.pool, streamId, at);
  }

  subscribe(options: SubscribeOptions): Subscription {
    this.assertOpen();
    checkSubscribeOptions(options);
    const listener = this.listener;
    const subscription = new CatchUpSubscription(options, {
      readAfter: (from, maxCount) => readAllAfter(this.db.pool, from, maxCount),
      hasPendingEvents: () => hasUnstableEvents(this.db.pool),
      wakeUps: this.wakeUps,
      pollIntervalMs: this.pollIntervalMs,
      beforeFirstRead: listener ? () => listener.acquire() : undefined,
      afterStop: () => {
        listener?.release();
        this.subscriptions.delete(subscription);
      },
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async verify(streamId?: string): Promise<VerifyReport> {
    this.assertOpen();
    return verifyChains(this.db.pool, streamId);
  }

  async saveSnapshot(streamId: string, revision: number, state: unknown, schemaVersion: number): Promise<void> {
    this.assertOpen();
    return saveSnapshot(this.db.pool, streamId, revision, state, schemaVersion);
  }

  async loadSnapshot(streamId: string, options?: LoadSnapshotOptions): Promise<Snapshot | undefined> {
    this.assertOpen();
    return loadSnapshot(this.db.pool, streamId, options);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    this.listener?.close();
    await this.notifier?.settled();
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreClosedError();
  }
}

function checkSubscribeOptions(options: SubscribeOptions): void {
  if (typeof options?.onEvents !== 'function') throw new InvalidReadError('INVALID_READ_OPTIONS', 'onEvents is required');
  if (options.from !== undefined) assertPosition(options.from);
  const { batchSize } = options;
  if (batchSize !== undefined && (!Number.isSafeInteger(batchSize) || batchSize <= 0)) {
    throw new InvalidReadError('INVALID_READ_OPTIONS', 'batchSize must be a positive integer');
  }
}
