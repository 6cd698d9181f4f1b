import { comparePositions, type Position } from '@planledger/event-store';

interface PositionWaiter {
  position: Position;
  resolve(): void;
  reject(error: Error): void;
}

interface CaughtUpWaiter {
  /** Resolves when this many caught-up signals have been seen. */
  signals: number;
  resolve(): void;
  reject(error: Error): void;
}

/**
 * What `waitFor(position)` and `caughtUp()` wait on: the committed checkpoint, and the
 * subscription's "everything readable is delivered" signals.
 */
export class ProgressWaiters {
  private checkpoint: Position | undefined;
  private caughtUpSignals = 0;
  private positionWaiters: PositionWaiter[] = [];
  private caughtUpWaiters: CaughtUpWaiter[] = [];

  reached(position: Position): boolean {
    return this.checkpoint !== undefined && comparePositions(this.checkpoint, position) >= 0;
  }

  waitForPosition(position: Position): Promise<void> {
    if (this.reached(position)) return Promise.resolve();
    return new Promise((resolve, reject) => this.positionWaiters.push({ position, resolve, reject }));
  }

  /**
   * The signal after next: the next one may come from a read that began before this call (and
   * missed what was appended just before it); the one after that comes from a later read.
   */
  waitForCaughtUp(): Promise<void> {
    const signals = this.caughtUpSignals + 2;
    return new Promise((resolve, reject) => this.caughtUpWaiters.push({ signals, resolve, reject }));
  }

  advanced(checkpoint: Position | undefined): void {
    if (checkpoint === undefined) return;
    this.checkpoint = checkpoint;
    const waiting: PositionWaiter[] = [];
    for (const waiter of this.positionWaiters) {
      if (this.reached(waiter.position)) waiter.resolve();
      else waiting.push(waiter);
    }
    this.positionWaiters = waiting;
  }

  caughtUp(): void {
    this.caughtUpSignals++;
    const waiting: CaughtUpWaiter[] = [];
    for (const waiter of this.caughtUpWaiters) {
      if (waiter.signals <= this.caughtUpSignals) waiter.resolve();
      else waiting.push(waiter);
    }
    this.caughtUpWaiters = waiting;
  }

  /** Rejects everyone waiting (the runner stopped or failed). */
  failAll(error: Error): void {
    for (const waiter of [...this.positionWaiters, ...this.caughtUpWaiters]) waiter.reject(error);
    this.positionWaiters = [];
    this.caughtUpWaiters = [];
  }
}
