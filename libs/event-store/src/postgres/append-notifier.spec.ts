import { Pool } from 'pg';
import { AppendNotifier } from './append-notifier';

/** Stands in for pg's pool (the edge we do not own), counting the NOTIFY statements sent. */
function countingPool(fail = () => false): { pool: Pool; sent: () => number } {
  let sent = 0;
  const pool = { query: () => (++sent, fail() ? Promise.reject(new Error('connection lost')) : Promise.resolve()) } as unknown as Pool;
  return { pool, sent: () => sent };
}

describe('AppendNotifier', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('notifies at once after a quiet spell, then once per gap for a burst, with a trailing notify', async () => {
    const { pool, sent } = countingPool();
    const notifier = new AppendNotifier(pool, 10);

    notifier.appended();
    expect(sent()).toBe(1);
    for (let i = 0; i < 50; i++) notifier.appended();
    expect(sent()).toBe(1);

    await jest.advanceTimersByTimeAsync(10);
    expect(sent()).toBe(2);
    await jest.advanceTimersByTimeAsync(10);
    await notifier.settled();
    expect(sent()).toBe(2);
  });

  it('keeps notifying after a NOTIFY fails', async () => {
    let first = true;
    const { pool, sent } = countingPool(() => {
      const failNow = first;
      first = false;
      return failNow;
    });
    const notifier = new AppendNotifier(pool, 10);
    notifier.appended();
    await jest.advanceTimersByTimeAsync(10);
    notifier.appended();
    await jest.advanceTimersByTimeAsync(10);
    await notifier.settled();
    expect(sent()).toBe(2);
  });
});
