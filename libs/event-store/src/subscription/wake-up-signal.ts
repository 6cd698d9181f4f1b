/**
 * "Something may have been appended": a counter that waiters watch. A waiter remembers the count
 * before it reads, and only sleeps if it has not moved since, so a signal that arrives while it
 * is reading is never lost.
 */
export class WakeUpSignal {
  private count = 0;
  private readonly waiters = new Set<() => void>();

  get generation(): number {
    return this.count;
  }

  notify(): void {
    this.count++;
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  /** Resolves once the count differs from `seen`, after `timeoutMs` (the polling fallback), or on abort. */
  waitForChange(seen: number, timeoutMs: number, abort: AbortSignal): Promise<void> {
    if (this.count !== seen || abort.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        abort.removeEventListener('abort', wake);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, timeoutMs);
      abort.addEventListener('abort', wake, { once: true });
      this.waiters.add(wake);
    });
  }
}

const signalsByPool = new WeakMap<object, WakeUpSignal>();

/**
 * One signal per database handle in this process, shared by every store opened on it, so an
 * append through one store wakes subscriptions of another at once (on PGlite this in-process
 * signal is the only wake-up besides polling).
 */
export function wakeUpSignalFor(owner: object): WakeUpSignal {
  let signal = signalsByPool.get(owner);
  if (!signal) {
    signal = new WakeUpSignal();
    signalsByPool.set(owner, signal);
  }
  return signal;
}
