import type { EventStore, Position, Subscription } from '@planledger/event-store';
import type { DataSource } from 'typeorm';
import { READ_SCHEMA } from '../schema/read-schema';
import { CheckpointedBatches } from './checkpointed-batches';
import { CheckpointMovedBackError, ProjectionStoppedError } from './errors';
import { ProgressWaiters } from './progress-waiters';
import type { Projection } from './projection';

export interface ProjectionRunnerOptions {
  dataSource: DataSource;
  store: EventStore;
  projection: Projection;
  /** Default READ_SCHEMA. */
  schema?: string;
  /** Default: the projection's name. */
  checkpointName?: string;
  /** Events per subscription batch (one transaction each). Default 500. */
  batchSize?: number;
  /**
   * Start again by itself after a failure, waiting `firstDelayMs`, then twice as long after each
   * failure in a row, up to `maxDelayMs` (a batch applied resets it). Not after a checkpoint was
   * moved back under the runner: that needs a person. Default: stay stopped until start().
   */
  restart?: { firstDelayMs: number; maxDelayMs: number };
}

export type RunnerStatus = 'stopped' | 'running' | 'failed';

/**
 * Keeps one projection up to date: a catch-up subscription from the stored checkpoint feeds
 * CheckpointedBatches (rows and checkpoint in one transaction). At-least-once delivery, exactly-once
 * effect. A projector error stops the runner: nothing is skipped, `failure` holds the error,
 * waiters reject with it, and `start()` retries from the last committed checkpoint.
 */
export class ProjectionRunner {
  private readonly batches: CheckpointedBatches;
  private readonly waiters = new ProgressWaiters();
  private subscription: Subscription | undefined;
  private starting: Promise<void> | undefined;
  private lastFailure: Error | undefined;
  private restartTimer: NodeJS.Timeout | undefined;
  private failuresInARow = 0;

  constructor(private readonly options: ProjectionRunnerOptions) {
    this.batches = new CheckpointedBatches({
      dataSource: options.dataSource,
      store: options.store,
      projection: options.projection,
      schema: options.schema ?? READ_SCHEMA,
      checkpointName: options.checkpointName ?? options.projection.name,
    });
  }

  get name(): string {
    return this.options.projection.name;
  }

  get status(): RunnerStatus {
    if (this.subscription) return 'running';
    return this.lastFailure ? 'failed' : 'stopped';
  }

  /** The error that stopped the runner, until it is started again. */
  get failure(): Error | undefined {
    return this.lastFailure;
  }

  /** The committed checkpoint as far as this runner knows. */
  get position(): Position | undefined {
    return this.batches.position;
  }

  /** Subscribes from the stored checkpoint; a no-op while running (or starting). */
  start(): Promise<void> {
    if (this.subscription) return Promise.resolve();
    this.starting ??= this.subscribe().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private async subscribe(): Promise<void> {
    this.lastFailure = undefined;
    const from = await this.batches.load();
    this.waiters.advanced(from);
    const subscription = this.options.store.subscribe({
      from,
      batchSize: this.options.batchSize,
      onEvents: async (batch) => {
        this.waiters.advanced(await this.batches.apply(batch));
        this.failuresInARow = 0;
      },
      onCaughtUp: () => this.waiters.caughtUp(),
    });
    this.subscription = subscription;
    subscription.done.then(
      () => this.ended(subscription, new ProjectionStoppedError(this.name)),
      (error: Error) => this.ended(subscription, error, error),
    );
  }

  async stop(): Promise<void> {
    clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
    await this.starting?.catch(() => undefined);
    const subscription = this.subscription;
    if (!subscription) return;
    await subscription.stop();
    this.ended(subscription, new ProjectionStoppedError(this.name));
  }

  /**
   * Resolves once the rows reflect every event up to `position` (e.g. the position an append
   * returned: read-your-writes). Rejects if the runner stops or fails first.
   */
  waitFor(position: Position): Promise<void> {
    if (this.waiters.reached(position)) return Promise.resolve();
    const notRunning = this.notRunningError();
    if (notRunning) return Promise.reject(notRunning);
    return this.waiters.waitForPosition(position);
  }

  /** Resolves once everything readable when it was called has been projected. */
  caughtUp(): Promise<void> {
    const notRunning = this.notRunningError();
    if (notRunning) return Promise.reject(notRunning);
    return this.waiters.waitForCaughtUp();
  }

  private notRunningError(): Error | undefined {
    if (this.subscription) return undefined;
    return this.lastFailure ?? new ProjectionStoppedError(this.name);
  }

  private ended(subscription: Subscription, reason: Error, failure?: Error): void {
    if (this.subscription !== subscription) return;
    this.subscription = undefined;
    this.lastFailure = failure;
    this.waiters.failAll(reason);
    if (failure) this.scheduleRestart(failure);
  }

  private scheduleRestart(failure: Error): void {
    const { restart } = this.options;
    if (!restart || failure instanceof CheckpointMovedBackError) return;
    const delay = Math.min(restart.maxDelayMs, restart.firstDelayMs * 2 ** this.failuresInARow++);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      // A failed start ends like a failed run: the next attempt is scheduled from ended().
      this.start().catch((error: Error) => {
        this.lastFailure = error;
        this.scheduleRestart(error);
      });
    }, delay);
    this.restartTimer.unref();
  }
}
