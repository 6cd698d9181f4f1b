import { ConsultationError } from '../errors';
import {
  assertDeadlineLongEnough,
  chinaCalendarDate,
  deadlineHasPassed,
  deadlinePassesAt,
  earliestDeadline,
} from './deadline';

describe('consultation deadlines', () => {
  it('reads the calendar day in Beijing time', () => {
    expect(chinaCalendarDate('2024-03-03T17:00:00Z')).toBe('2024-03-04');
    expect(chinaCalendarDate('2024-03-03T15:59:59Z')).toBe('2024-03-03');
  });

  it('gives a 规范性文件 seven working days after the opening day, skipping weekends', () => {
    expect(earliestDeadline('normativeDocument', '2024-03-04T02:00:00Z')).toBe('2024-03-13'); // Monday
    expect(earliestDeadline('normativeDocument', '2024-03-08T02:00:00Z')).toBe('2024-03-19'); // Friday
    expect(earliestDeadline('normativeDocument', '2024-03-09T02:00:00Z')).toBe('2024-03-19'); // Saturday
  });

  it('gives 规章 and 重大行政决策 thirty calendar days', () => {
    expect(earliestDeadline('regulation', '2024-03-04T02:00:00Z')).toBe('2024-04-03');
    expect(earliestDeadline('majorDecision', '2024-12-20T02:00:00Z')).toBe('2025-01-19');
  });

  it('accepts the earliest deadline and refuses a day less', () => {
    expect(() => assertDeadlineLongEnough('normativeDocument', '2024-03-04T02:00:00Z', '2024-03-13')).not.toThrow();
    expect(codeOf(() => assertDeadlineLongEnough('normativeDocument', '2024-03-04T02:00:00Z', '2024-03-12'))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(() => assertDeadlineLongEnough('regulation', '2024-03-04T02:00:00Z', '2024-04-02'))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('refuses deadlines that are not real dates', () => {
    for (const deadline of ['2024-02-30', '2024/03/13', '2024-03-13T00:00:00Z', '']) {
      expect(codeOf(() => assertDeadlineLongEnough('regulation', '2024-03-04T02:00:00Z', deadline))).toBe(
        'BAD_USER_INPUT',
      );
    }
  });

  it('keeps the deadline day open until midnight Beijing time', () => {
    expect(deadlinePassesAt('2024-03-13')).toBe('2024-03-13T16:00:00.000Z');
    expect(deadlineHasPassed('2024-03-13', '2024-03-13T15:59:59.999Z')).toBe(false);
    expect(deadlineHasPassed('2024-03-13', '2024-03-13T16:00:00.000Z')).toBe(true);
  });
});

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof ConsultationError ? error.code : 'not a ConsultationError';
  }
  return undefined;
}
