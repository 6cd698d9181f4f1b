import { eventually } from '@planledger/testing';
import { StoredEvent } from '../port/event-store';
import { comparePositions, Position, positionOf } from '../port/position';
import { CatchUpSource, CatchUpSubscription } from './catch-up-subscription';
import { WakeUpSignal } from './wake-up-signal';

/** An in-memory log standing in for the database: appended events, and some not yet readable. */
class InMemoryLog implements CatchUpSource {
  readonly wakeUps = new WakeUpSignal();
  readonly pollIntervalMs = 60_000;
  readonly events: StoredEvent[] = [];
  unstable = 0;
  reads = 0;

  append(count: number): void {
    for (let i = 0; i < count; i++) {
      const n = this.events.length;
      this.events.push({ id: `e${n}`, streamId: 's', streamRevision: n, position: positionOf(1n, BigInt(n + 1)), type: 'T', data: {}, metadata: {}, createdAt: new Date(0) });
    }
  }

  async readAfter(from: Position | undefined, maxCount: number): Promise<StoredEvent[]> {
    this.reads++;
    const readable = this.events.slice(0, this.events.length - this.unstable);
    return readable.filter((e) => !from || comparePositions(e.position, from) > 0).slice(0, maxCount);
  }

  async hasPendingEvents(): Promise<boolean> {
    return this.unstable > 0;
  }
}

describe('CatchUpSubscription', () => {
  it('delivers history in batches, then what is appended later, each batch after the last', async () => {
    const log = new InMemoryLog();
    log.append(5);
    const batches: string[][] = [];
    const subscription = new CatchUpSubscription({ batchSize: 2, onEvents: async (b) => void batches.push(b.map((e) => e.id)) }, log);

    await eventually(() => (batches.length === 3 ? true : undefined));
    log.append(1);
    log.wakeUps.notify();
    await eventually(() => (batches.length === 4 ? true : undefined));
    await subscription.stop();

    expect(batches).toEqual([['e0', 'e1'], ['e2', 'e3'], ['e4'], ['e5']]);
  });

  it('looks again soon, without a wake-up, while events wait behind an open transaction', async () => {
    const log = new InMemoryLog();
    log.append(2);
    log.unstable = 1;
    const received: string[] = [];
    const subscription = new CatchUpSubscription({ onEvents: async (b) => void received.push(...b.map((e) => e.id)) }, log);

    await eventually(() => (received.length === 1 ? true : undefined));
    log.unstable = 0;
    await eventually(() => (received.length === 2 ? true : undefined));
    await subscription.stop();
    expect(received).toEqual(['e0', 'e1']);
  });

  it('starts after a checkpoint and reports each catch-up with the last position', async () => {
    const log = new InMemoryLog();
    log.append(3);
    const caughtUp: Array<Position | undefined> = [];
    const received: string[] = [];
    const subscription = new CatchUpSubscription(
      { from: log.events[0].position, onEvents: async (b) => void received.push(...b.map((e) => e.id)), onCaughtUp: (p) => void caughtUp.push(p) },
      log,
    );
    await eventually(() => (caughtUp.length > 0 ? true : undefined));
    await subscription.stop();
    expect(received).toEqual(['e1', 'e2']);
    expect(caughtUp[0]).toEqual(log.events[2].position);
  });

  it('ends with the handler error and does not deliver that batch again', async () => {
    const log = new InMemoryLog();
    log.append(1);
    let calls = 0;
    const failure = new Error('handler failed');
    const failing = new CatchUpSubscription(
      {
        onEvents: async () => {
          calls++;
          throw failure;
        },
      },
      log,
    );
    await expect(failing.done).rejects.toBe(failure);
    const readsAtFailure = log.reads;
    log.wakeUps.notify();
    await failing.stop();
    expect(calls).toBe(1);
    expect(log.reads).toBe(readsAtFailure);
  });
});
