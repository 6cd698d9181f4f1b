import { isIsoInstant } from '../../shared/text-rules';
import { refuse } from '../errors';

/**
 * What the plan is, legally, decides how long departments get to answer:
 * 规范性文件 at least 7 working days, 规章 and 重大行政决策 at least 30 days.
 */
export type ConsultationDocumentType = 'normativeDocument' | 'regulation' | 'majorDecision';

export const CONSULTATION_DOCUMENT_TYPES: readonly ConsultationDocumentType[] = [
  'normativeDocument',
  'regulation',
  'majorDecision',
];

const DAY_MS = 24 * 60 * 60 * 1000;
/** China keeps one time zone and no daylight saving, so a fixed offset is exact. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const MINIMUM_WORKING_DAYS_NORMATIVE = 7;
export const MINIMUM_CALENDAR_DAYS_REGULATION = 30;

/** Same rule as the plan stream: an ISO instant with an offset, so no clock's zone is guessed. */
export function parseInstant(instant: string, field: string): number {
  if (!isIsoInstant(instant)) refuse('BAD_USER_INPUT', `${field} is not an ISO instant`, { [field]: instant });
  return Date.parse(instant);
}

/** A deadline is a calendar date (请于3月15日前反馈); it must name a real day. */
export function parseDeadlineDate(deadline: string): number {
  const ms = DATE_PATTERN.test(deadline) ? Date.parse(`${deadline}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== deadline) {
    refuse('BAD_USER_INPUT', 'deadline must be a date yyyy-mm-dd', { deadline });
  }
  return ms;
}

/** The calendar date (yyyy-mm-dd) an instant falls on in Beijing time. */
export function chinaCalendarDate(instant: string): string {
  return new Date(parseInstant(instant, 'instant') + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Answers are accepted through the whole deadline day in Beijing time, so the round's deadline
 * passes at 00:00 (UTC+8) of the following day. Returns that instant in ISO (UTC).
 */
export function deadlinePassesAt(deadline: string): string {
  return new Date(parseDeadlineDate(deadline) + DAY_MS - CHINA_OFFSET_MS).toISOString();
}

export function deadlineHasPassed(deadline: string, now: string): boolean {
  return parseInstant(now, 'now') >= Date.parse(deadlinePassesAt(deadline));
}

/**
 * The first allowed deadline for a round opened at `openedAt`. Working days are Monday to Friday;
 * public holidays and the weekend days swapped into working days (调休) are ignored because the
 * State Council publishes them yearly and we hold no such calendar: near holidays the drafting team
 * should give more time than this minimum. The opening day itself never counts.
 */
export function earliestDeadline(documentType: ConsultationDocumentType, openedAt: string): string {
  const openedOn = Date.parse(`${chinaCalendarDate(openedAt)}T00:00:00Z`);
  if (documentType !== 'normativeDocument') {
    return isoDate(openedOn + MINIMUM_CALENDAR_DAYS_REGULATION * DAY_MS);
  }
  let day = openedOn;
  let workingDays = 0;
  while (workingDays < MINIMUM_WORKING_DAYS_NORMATIVE) {
    day += DAY_MS;
    if (isWeekday(day)) workingDays += 1;
  }
  return isoDate(day);
}

export function assertDeadlineLongEnough(
  documentType: ConsultationDocumentType,
  openedAt: string,
  deadline: string,
): void {
  const earliest = earliestDeadline(documentType, openedAt);
  if (parseDeadlineDate(deadline) < Date.parse(`${earliest}T00:00:00Z`)) {
    refuse('BAD_USER_INPUT', 'deadline leaves departments too little time', {
      documentType,
      deadline,
      earliestDeadline: earliest,
    });
  }
}

function isWeekday(utcMidnight: number): boolean {
  const weekday = new Date(utcMidnight).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

function isoDate(utcMidnight: number): string {
  return new Date(utcMidnight).toISOString().slice(0, 10);
}
