import { Pool } from 'pg';
import { AppendResult } from '../port/event-store';
import { PreparedAppend } from '../validation/append-input';
import { AppendOutcome, appendGroup, appendOne, outcomeOf } from './append-call';

/** A group stops growing past this much serialized event JSON (one append may exceed it alone). */
const MAX_GROUP_CHARS = 8 * 1024 * 1024;

interface Waiting {
  append: PreparedAppend;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

export interface AppendWriterLimits {
  /** Most append calls in flight at once. */
  maxInFlight: number;
  /** Most appends in one call. */
  maxGroup: number;
  /**
   * How long appends wait behind a call in flight before they may leave beside it. 0: they leave
   * at once while fewer than maxInFlight calls are in flight.
   */
  holdMs: number;
}

/**
 * Group commit in the client. An append that finds no call in flight leaves at once, alone, so
 * a lone writer pays nothing extra. Appends that arrive while a call is in flight wait and leave
 * together after it returns, up to `maxGroup` in one call and one transaction: under load the
 * per-call costs (round trip, statement start-up, commit) are shared. A call in flight longer
 * than `holdMs` (waiting for a row lock, writing a large append) no longer holds the others
 * back: they leave beside it, up to `maxInFlight` calls.
 * Each append still settles on its own: refusing one does not refuse its neighbours.
 */
export class AppendWriter {
  private readonly waiting: Waiting[] = [];
  /** When each call in flight started (performance.now()), oldest first. */
  private readonly inFlight: number[] = [];
  /** Until the next turn of the event loop, appends gather rather than leave (see settle). */
  private gathering = false;
  private holdTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly limits: AppendWriterLimits,
  ) {}

  append(append: PreparedAppend): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ append, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    if (this.gathering) return;
    while (this.waiting.length > 0 && this.mayStartCall()) this.start(this.waiting.splice(0, this.groupLength()));
    if (this.waiting.length > 0 && this.inFlight.length < this.limits.maxInFlight) this.dispatchWhenHeldTooLong();
  }

  private mayStartCall(): boolean {
    const { length } = this.inFlight;
    if (length === 0) return true;
    return length < this.limits.maxInFlight && performance.now() - this.inFlight[0] >= this.limits.holdMs;
  }

  private start(group: Waiting[]): void {
    const started = performance.now();
    this.inFlight.push(started);
    void this.outcomesOf(group).then((outcomes) => {
      this.inFlight.splice(this.inFlight.indexOf(started), 1);
      this.settle(group, outcomes);
    });
  }

  /**
   * Writers whose appends settle often append again at once. When others are about, the next
   * group waits one turn of the event loop for them: sent at once, it would leave them behind,
   * and groups would alternate between one append and the rest. A lone writer does not wait.
   */
  private settle(group: Waiting[], outcomes: AppendOutcome[]): void {
    if (group.length > 1 || this.waiting.length > 0) {
      this.gathering = true;
      setImmediate(() => {
        this.gathering = false;
        this.dispatch();
      });
    } else {
      this.dispatch();
    }
    outcomes.forEach((outcome, i) => (outcome.ok ? group[i].resolve(outcome.result) : group[i].reject(outcome.error)));
  }

  /** Appends are waiting behind calls that have not yet been in flight for holdMs: look again then. */
  private dispatchWhenHeldTooLong(): void {
    if (this.holdTimer) return;
    const delay = Math.max(0, this.inFlight[0] + this.limits.holdMs - performance.now());
    this.holdTimer = setTimeout(() => {
      this.holdTimer = undefined;
      this.dispatch();
    }, delay);
    this.holdTimer.unref();
  }

  /** How many waiting appends the next group takes: up to maxGroup, and MAX_GROUP_CHARS of JSON. */
  private groupLength(): number {
    let chars = 0;
    let length = 0;
    while (length < this.waiting.length && length < this.limits.maxGroup) {
      chars += this.waiting[length].append.jsonLength;
      if (length > 0 && chars > MAX_GROUP_CHARS) break;
      length++;
    }
    return length;
  }

  private async outcomesOf(group: Waiting[]): Promise<AppendOutcome[]> {
    try {
      if (group.length === 1) return [await outcomeOf(appendOne(this.pool, group[0].append))];
      return await appendGroup(
        this.pool,
        group.map((waiting) => waiting.append),
      );
    } catch (error) {
      return group.map(() => ({ ok: false, error }));
    }
  }
}
