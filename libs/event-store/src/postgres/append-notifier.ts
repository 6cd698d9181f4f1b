import { Pool } from 'pg';
import { APPENDED_CHANNEL } from './notification-listener';

const NOTIFY = `SELECT pg_notify('${APPENDED_CHANNEL}', '')`;
/** Appends that commit within this long of a NOTIFY share the next one. */
export const NOTIFY_GAP_MS = 10;

/**
 * Tells listeners in other processes that appends committed, outside the appending transaction.
 * A NOTIFY inside a writing transaction holds a global lock from pre-commit through the WAL
 * flush, so notifying writers commit one at a time; measured under disk contention it cut
 * concurrent appends to a few hundred per second. Here the NOTIFY is its own read-only statement
 * (no WAL flush): sent at once after a quiet spell, then at most one per NOTIFY_GAP_MS while
 * appends keep committing (one NOTIFY per append would double the queries of a busy writer).
 * Guarantee: every committed append is followed, within about NOTIFY_GAP_MS plus a round trip,
 * by a NOTIFY sent after its commit. Best effort: if the process dies first, other processes'
 * subscribers still poll.
 */
export class AppendNotifier {
  private busy: Promise<void> | undefined;
  private owed = false;

  constructor(
    private readonly pool: Pool,
    private readonly gapMs = NOTIFY_GAP_MS,
  ) {}

  /** Call after an append has committed. */
  appended(): void {
    if (this.busy) {
      this.owed = true;
      return;
    }
    this.busy = this.sendThenPause().finally(() => {
      this.busy = undefined;
      if (this.owed) {
        this.owed = false;
        this.appended();
      }
    });
  }

  /** Resolves once no NOTIFY is in flight or owed. */
  async settled(): Promise<void> {
    while (this.busy) await this.busy;
  }

  private async sendThenPause(): Promise<void> {
    await this.pool.query({ name: 'event_store.notify_appended', text: NOTIFY }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, this.gapMs).unref());
  }
}
