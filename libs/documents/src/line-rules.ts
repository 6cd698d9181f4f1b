/**
 * The per-line normalizations, in the order they run. Each rewrites one line on its own, so
 * `normalizeText` needs no knowledge of the document's structure and can record every change.
 * Text inside a sentence is content and is left alone, apart from Word artifacts, invisible
 * characters and doubled punctuation: `质量分级分类 监管` keeps its space, `“头羊计划”, 培育` its comma.
 */
import { parseCanonicalChineseNumeral, parseChineseDigits, parseChineseNumeral } from './numerals';
import { canonicalizeUnitList, simplifyUnitsLabel } from './units';

export interface LineRule {
  code: string;
  apply(line: string): string;
}

const NUMERAL = '[〇零一二三四五六七八九十百千两]+';
const TRADITIONAL_MARKER = new RegExp(`^第(\\s*${NUMERAL}\\s*)([條節])`);
const BRACKETED_MARKER = new RegExp(`^[(（]\\s*(${NUMERAL}|\\d{1,3})\\s*[)）]`);
const DOTTED_PART_MARKER = new RegExp(`^(${NUMERAL})[.．](?!\\d)`);
const SPACED_REGULATION_MARKER = new RegExp(`^第\\s*(${NUMERAL})\\s*([章节条])\\s*`);
const SPACED_BRACKETED_MARKER = new RegExp(`^（\\s*(${NUMERAL}|\\d{1,3})\\s*）\\s*`);
const SPACED_HEADING_MARKER = new RegExp(`^(${NUMERAL}、|——)\\s+`);
const FULL_WIDTH_DIGITS = /[０-９]/g;

const toAsciiDigits = (text: string): string =>
  text.replace(FULL_WIDTH_DIGITS, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));

const isCanonicalNumeral = (numeral: string): boolean => parseCanonicalChineseNumeral(numeral) !== null;

/** An Arabic marker number: 1..999 without leading zeros. */
const isMarkerNumber = (digits: string): boolean => /^[1-9]\d{0,2}$/.test(digits);

const replaceMatch = (line: string, pattern: RegExp, rewrite: (match: RegExpMatchArray) => string | null): string => {
  const match = line.match(pattern);
  if (!match) return line;
  const replacement = rewrite(match);
  return replacement === null ? line : replacement + line.slice(match[0].length);
};

export const WORD_ARTIFACT = /\[bookmark: ?[^\]\n]*\]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\u00AD]/g;

export const LINE_RULES: readonly LineRule[] = [
  { code: 'WORD_ARTIFACT_REMOVED', apply: (line) => line.replace(WORD_ARTIFACT, '') },
  { code: 'INVISIBLE_CHARACTER_REMOVED', apply: (line) => line.replace(INVISIBLE, '').replace(/\uFEFF/g, '') },
  { code: 'LEADING_WHITESPACE_REMOVED', apply: (line) => line.replace(/^\s+/, '') },
  { code: 'TRAILING_WHITESPACE_REMOVED', apply: (line) => line.replace(/\s+$/, '') },
  { code: 'DOUBLED_PUNCTUATION', apply: (line) => line.replace(/([，。、；：])\1+/g, '$1') },
  {
    // 第十一條 → 第十一条, 第一節 → 第一节
    code: 'TRADITIONAL_CHARACTERS',
    apply: (line) =>
      replaceMatch(line, TRADITIONAL_MARKER, (m) => `第${m[1]}${m[2] === '條' ? '条' : '节'}`),
  },
  {
    code: 'FULL_WIDTH_DIGITS',
    apply: (line) =>
      replaceMatch(line, /^([(（]\s*)?([０-９0-9]{1,3})(?=\s*[.．、)）])/, (m) =>
        /[０-９]/.test(m[2]) ? `${m[1] ?? ''}${toAsciiDigits(m[2])}` : null,
      ),
  },
  {
    code: 'HALF_WIDTH_BRACKETS',
    apply: (line) =>
      replaceMatch(line, BRACKETED_MARKER, (m) =>
        /[()]/.test(m[0]) && isBracketNumber(m[1]) ? `（${m[1]}）` : null,
      ),
  },
  {
    // 一. / 一． → 一、 and 1． / 1、 → 1.
    code: 'MARKER_PUNCTUATION',
    apply: (line) => {
      const part = replaceMatch(line, DOTTED_PART_MARKER, (m) =>
        isCanonicalNumeral(m[1]) ? `${m[1]}、` : null,
      );
      if (part !== line) return part;
      return replaceMatch(line, /^(\d{1,3})(?:、|．(?!\d))(\s*)/, (m) => {
        if (!isMarkerNumber(m[1])) return null;
        // Keep a space before a digit so the item cannot read as a decimal (1、2027年 → 1. 2027年).
        return /^\d/.test(line.slice(m[0].length)) ? `${m[1]}. ` : `${m[1]}.${m[2]}`;
      });
    },
  },
  { code: 'BULLET_MARKER', apply: (line) => line.replace(/^(?:――|—―|―—|－－|──)/, '——') },
  { code: 'MARKER_SPACING', apply: normalizeMarkerSpacing },
  { code: 'TRADITIONAL_CHARACTERS', apply: simplifyUnitsLabel },
  { code: 'RESPONSIBLE_UNITS_FORMAT', apply: canonicalizeUnitList },
  { code: 'DOCUMENT_NUMBER_FORMAT', apply: normalizeDocumentNumber },
  { code: 'DATE_FORMAT', apply: normalizeDate },
  { code: 'HALF_WIDTH_BRACKETS', apply: normalizeBracketedNote },
  // A line-closing ':' after Chinese text (主送机关 lines): the full-width colon is the document's own.
  { code: 'HALF_WIDTH_PUNCTUATION', apply: (line) => line.replace(/([\u4e00-\u9fff）])\s*:$/u, '$1：') },
];

function isBracketNumber(number: string): boolean {
  return /^\d/.test(number) ? isMarkerNumber(number) : isCanonicalNumeral(number);
}

/**
 * No space after 一、 （一） （1） 1. ——; exactly one full-width space after 第一章/第一节/第一条.
 * An item whose text starts with a digit keeps one space, so `1. 2027年…` cannot read as 1.2027.
 */
function normalizeMarkerSpacing(line: string): string {
  const regulation = line.match(SPACED_REGULATION_MARKER);
  if (regulation && isCanonicalNumeral(regulation[1])) {
    const rest = line.slice(regulation[0].length);
    return `第${regulation[1]}${regulation[2]}${rest === '' ? '' : '\u3000'}${rest}`;
  }
  const item = line.match(/^(\d{1,3})\.(\s+)(?=\S)/);
  if (item && isMarkerNumber(item[1])) {
    return `${item[1]}.${/^\d/.test(line.slice(item[0].length)) ? ' ' : ''}${line.slice(item[0].length)}`;
  }
  const bracketed = line.match(SPACED_BRACKETED_MARKER);
  if (bracketed && isBracketNumber(bracketed[1])) return `（${bracketed[1]}）${line.slice(bracketed[0].length)}`;
  const heading = line.match(SPACED_HEADING_MARKER);
  return heading ? heading[1] + line.slice(heading[0].length) : line;
}

/** 沙府发[2023]052号 → 沙府发〔2023〕52号: 〔〕 brackets, no leading zeros, no 第. */
function normalizeDocumentNumber(line: string): string {
  const match = line.match(/^([\u4e00-\u9fff]{1,12})\s*[〔\[【(（［]\s*(\d{4})\s*[〕\]】)）］]\s*第?\s*0*([1-9]\d*)\s*号$/u);
  return match ? `${match[1]}〔${match[2]}〕${match[3]}号` : line;
}

export const DOCUMENT_NUMBER = /^[\u4e00-\u9fff]{1,12}〔\d{4}〕[1-9]\d*号$/u;

/** A date on its own line in Arabic numerals without leading zeros (GB/T 9704): 2023年12月25日. */
function normalizeDate(line: string): string {
  const match = line.match(/^(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/);
  if (!match) return line;
  const year = /\d/.test(match[1]) ? Number(match[1]) : parseChineseDigits(match[1]);
  const month = /\d/.test(match[2]) ? Number(match[2]) : parseChineseNumeral(match[2]);
  const day = /\d/.test(match[3]) ? Number(match[3]) : parseChineseNumeral(match[3]);
  if (year === null || month === null || day === null || !isCalendarDate(year, month, day)) return line;
  return `${year}年${month}月${day}日`;
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1000 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** (此件公开发布) and a closing (征求意见稿) take full-width brackets like the rest of the document. */
function normalizeBracketedNote(line: string): string {
  if (/^[(（][^()（）]*[)）]$/.test(line) && /[()]/.test(line)) return `（${line.slice(1, -1)}）`;
  return line.replace(/[(（]([^()（）]*征求意见稿[^()（）]*)[)）]$/, (note, inner: string) =>
    /[()]/.test(note) ? `（${inner}）` : note,
  );
}
