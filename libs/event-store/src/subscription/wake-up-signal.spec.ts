import { WakeUpSignal, wakeUpSignalFor } from './wake-up-signal';

describe('WakeUpSignal', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('does not wait when a signal came after the waiter looked', async () => {
    const signal = new WakeUpSignal();
    const seen = signal.generation;
    signal.notify();
    await expect(signal.waitForChange(seen, 60_000, new AbortController().signal)).resolves.toBeUndefined();
  });

  it('wakes every waiter on notify', async () => {
    const signal = new WakeUpSignal();
    const never = new AbortController().signal;
    const waiters = [signal.waitForChange(signal.generation, 60_000, never), signal.waitForChange(signal.generation, 60_000, never)];
    signal.notify();
    await expect(Promise.all(waiters)).resolves.toEqual([undefined, undefined]);
  });

  it('wakes on abort, and after the timeout as a polling fallback', async () => {
    const signal = new WakeUpSignal();
    const abort = new AbortController();
    const aborted = signal.waitForChange(signal.generation, 60_000, abort.signal);
    abort.abort();
    await expect(aborted).resolves.toBeUndefined();

    const timedOut = signal.waitForChange(signal.generation, 500, new AbortController().signal);
    jest.advanceTimersByTime(500);
    await expect(timedOut).resolves.toBeUndefined();
  });

  it('is shared by everything opened on the same database handle', () => {
    const handle = {};
    expect(wakeUpSignalFor(handle)).toBe(wakeUpSignalFor(handle));
    expect(wakeUpSignalFor(handle)).not.toBe(wakeUpSignalFor({}));
  });
});
