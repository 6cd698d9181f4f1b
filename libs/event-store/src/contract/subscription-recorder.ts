import { EventStore, StoredEvent, SubscribeOptions, Subscription } from '../port/event-store';
import { Position } from '../port/position';

/**
 * Subscribes and records what arrives, keeping only the streams a test cares about (the
 * database is shared with other tests). Counts catch-ups, so a test can wait for "the
 * subscription has read everything readable" without sleeping.
 */
export class SubscriptionRecorder {
  readonly received: StoredEvent[] = [];
  readonly batches: StoredEvent[][] = [];
  caughtUp = 0;
  readonly subscription: Subscription;

  constructor(
    store: EventStore,
    private readonly streams: ReadonlySet<string>,
    options: Partial<SubscribeOptions> & { from: Position },
  ) {
    this.subscription = store.subscribe({
      ...options,
      onEvents: async (batch) => {
        this.batches.push(batch);
        this.received.push(...batch.filter((event) => this.streams.has(event.streamId)));
        await options.onEvents?.(batch);
      },
      onCaughtUp: () => {
        this.caughtUp++;
      },
    });
  }

  /** `streamId:revision` of everything received, in arrival order. */
  keys(): string[] {
    return this.received.map((event) => `${event.streamId}:${event.streamRevision}`);
  }

  has(count: number): true | undefined {
    return this.received.length >= count ? true : undefined;
  }
}
