import { Pool } from 'pg';
import { AppendResult } from '../port/event-store';
import { PreparedAppend } from '../validation/append-input';
import { appendGroup, appendOne } from './append-call';

/** A group stops growing past this much serialized event JSON (one append may exceed it alone). */
const MAX_GROUP_CHARS = 8 * 1024 * 1024;

interface Waiting {
  append: PreparedAppend;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

/**
 * Group commit in the client. At most `maxInFlight` append calls run at once; appends that
 * arrive meanwhile wait and leave together, up to `maxGroup` in one call and one transaction.
 * An append that finds a free slot leaves at once, alone, so a lone writer pays nothing extra.
 * Under load the per-call costs (round trip, statement start-up, commit) are shared.
 * Each append still settles on its own: refusing one does not refuse its neighbours.
 */
export class AppendWriter {
  private readonly waiting: Waiting[] = [];
  private inFlight = 0;

  constructor(
    private readonly pool: Pool,
    private readonly maxInFlight: number,
    private readonly maxGroup: number,
  ) {}

  append(append: PreparedAppend): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ append, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.inFlight < this.maxInFlight && this.waiting.length > 0) {
      const group = this.waiting.splice(0, this.groupLength());
      this.inFlight++;
      void this.send(group).finally(() => {
        this.inFlight--;
        this.dispatch();
      });
    }
  }

  /** How many waiting appends the next group takes: up to maxGroup, and MAX_GROUP_CHARS of JSON. */
  private groupLength(): number {
    let chars = 0;
    let length = 0;
    while (length < this.waiting.length && length < this.maxGroup) {
      chars += this.waiting[length].append.eventsJson.length;
      if (length > 0 && chars > MAX_GROUP_CHARS) break;
      length++;
    }
    return length;
  }

  private async send(group: Waiting[]): Promise<void> {
    if (group.length === 1) {
      const [only] = group;
      await appendOne(this.pool, only.append).then(only.resolve, only.reject);
      return;
    }
    try {
      const outcomes = await appendGroup(
        this.pool,
        group.map((waiting) => waiting.append),
      );
      outcomes.forEach((outcome, i) => (outcome.ok ? group[i].resolve(outcome.result) : group[i].reject(outcome.error)));
    } catch (error) {
      for (const waiting of group) waiting.reject(error);
    }
  }
}
