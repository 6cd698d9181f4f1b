import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { EventStore, StoredEvent, Subscription } from '@planledger/event-store';
import { StreamChanges } from '../commands/stream-changes';
import { EVENT_STORE } from '../event-log/event-log.module';

type Listener = (event: StoredEvent) => void;

/** Events a slow subscriber may have waiting before it is cut off (it can re-subscribe and re-read). */
const MAX_BUFFERED = 1000;

export class SubscriberTooSlowError extends Error {
  readonly code = 'RATE_LIMITED';
}

/**
 * Fans the event log out to GraphQL subscriptions. It follows the store's catch-up subscription —
 * so it also sees what other API instances append — and starts delivering once caught up with the
 * log as it was at start: subscribers get what happens after they subscribe, in log order.
 */
@Injectable()
export class LiveEvents implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly listeners = new Set<Listener>();
  private subscription: Subscription | undefined;
  private live = false;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly changes: StreamChanges,
  ) {}

  onApplicationBootstrap(): void {
    this.subscription = this.store.subscribe({
      onEvents: async (batch) => {
        this.changes.delivered(batch);
        if (!this.live) return;
        for (const event of batch) for (const listener of this.listeners) listener(event);
      },
      onCaughtUp: () => {
        this.live = true;
        this.changes.caughtUp();
      },
    });
    this.subscription.done.then(
      () => this.changes.stoppedFollowing(),
      () => this.changes.stoppedFollowing(),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
  }

  /** An async iterator of the events that match, from now on; ends when the client unsubscribes. */
  follow<T>(matches: (event: StoredEvent) => boolean, map: (event: StoredEvent) => T): AsyncIterableIterator<T> {
    const buffer: T[] = [];
    let wake: (() => void) | undefined;
    let failure: Error | undefined;
    let done = false;
    const listener: Listener = (event) => {
      if (!matches(event)) return;
      if (buffer.length >= MAX_BUFFERED) failure = new SubscriberTooSlowError('subscriber fell too far behind; subscribe again');
      else buffer.push(map(event));
      wake?.();
    };
    this.listeners.add(listener);
    const finish = () => {
      done = true;
      this.listeners.delete(listener);
      wake?.();
    };
    const iterator: AsyncIterableIterator<T> = {
      next: async () => {
        while (!done && !failure && buffer.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        if (failure) {
          finish();
          throw failure;
        }
        if (buffer.length > 0) return { value: buffer.shift() as T, done: false };
        return { value: undefined, done: true };
      },
      return: async () => {
        finish();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}
