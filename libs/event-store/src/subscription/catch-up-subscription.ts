import { StoredEvent, SubscribeOptions, Subscription } from '../port/event-store';
import { Position } from '../port/position';
import { WakeUpSignal } from './wake-up-signal';

export const DEFAULT_BATCH_SIZE = 500;
/** First re-read delay while events are pending behind an open transaction; doubles up to the poll interval. */
const PENDING_RETRY_MS = 10;

export interface CatchUpSource {
  /** Events strictly after `from` in global order, from a prefix that can no longer change. */
  readAfter(from: Position | undefined, maxCount: number): Promise<StoredEvent[]>;
  /**
   * Whether committed events exist that are not readable yet because an older transaction is
   * still in flight. They will become readable without an append to announce them, so the
   * subscription looks again soon instead of sleeping a whole poll interval.
   */
  hasPendingEvents(): Promise<boolean>;
  wakeUps: WakeUpSignal;
  /** How long to wait without a wake-up before reading again (appends by other processes). */
  pollIntervalMs: number;
  /** Runs before the first read, e.g. to start listening, so no wake-up after that read is missed. */
  beforeFirstRead?(): Promise<void>;
  /** Runs once when the subscription has ended, however it ended. */
  afterStop?(): void;
}

/**
 * Reads history in batches, then waits for a wake-up (or the poll interval) and reads on.
 * At-least-once: a batch is delivered before the subscription moves past it, and delivery
 * resumes after the last position handed to `onEvents`. Any error ends the subscription and
 * rejects `done`; the owner restarts it from its checkpoint.
 */
export class CatchUpSubscription implements Subscription {
  readonly done: Promise<void>;
  private readonly stopping = new AbortController();

  constructor(
    private readonly options: SubscribeOptions,
    private readonly source: CatchUpSource,
  ) {
    this.done = this.run();
    this.done.catch(() => undefined); // observed here so an unwatched failure does not crash the process
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.done.catch(() => undefined);
  }

  private async run(): Promise<void> {
    try {
      const batchSize = this.options.batchSize ?? DEFAULT_BATCH_SIZE;
      const { wakeUps, pollIntervalMs } = this.source;
      const stopped = this.stopping.signal;
      await this.source.beforeFirstRead?.();
      let position = this.options.from;
      let pendingRetryMs = PENDING_RETRY_MS;
      while (!stopped.aborted) {
        const seen = wakeUps.generation;
        const batch = await this.source.readAfter(position, batchSize);
        if (stopped.aborted) return;
        if (batch.length > 0) {
          await this.options.onEvents(batch);
          position = batch[batch.length - 1].position;
        }
        if (batch.length < batchSize) {
          this.options.onCaughtUp?.(position);
          const pending = await this.source.hasPendingEvents();
          await wakeUps.waitForChange(seen, pending ? pendingRetryMs : pollIntervalMs, stopped);
          pendingRetryMs = pending ? Math.min(pendingRetryMs * 2, pollIntervalMs) : PENDING_RETRY_MS;
        }
      }
    } finally {
      this.source.afterStop?.();
    }
  }
}
