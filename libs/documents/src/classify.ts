/**
 * The line classifier: what kind of clause a normalized line opens, by its marker. Lines are
 * already in normal form (normalize.ts), so each marker has exactly one spelling here; a line
 * whose marker is malformed (两、, 01., 一十一、) is a paragraph.
 */
import type { NodeKind } from './model';
import { parseCanonicalChineseNumeral } from './numerals';
import { splitResponsibleUnits } from './units';

export interface LineShape {
  kind: NodeKind;
  /** The number the marker printed, or null for paragraphs and bullets. */
  number: number | null;
  /** The clause's text without marker and responsible-unit list. */
  text: string;
  responsibleUnits: string[];
  responsibleUnitsLabel?: string;
}

const NUMERAL = '[〇零一二三四五六七八九十百千两]+';
const PART = new RegExp(`^(${NUMERAL})、`);
const SECTION = new RegExp(`^（(${NUMERAL})）`);
const SUBITEM = /^（([1-9]\d{0,2})）/;
// `1.5亿元` is a decimal, not item 1; an item whose text starts with a digit is written `1. 5…`.
const ITEM = /^([1-9]\d{0,2})\.(?: (?=\d)|(?![\d\s]))/;
const REGULATION = new RegExp(`^第(${NUMERAL})([章节条])(?:\u3000(?=\\S)|$)`);
const BULLET = /^——/;

const REGULATION_KINDS: Record<string, NodeKind> = { 章: 'chapter', 节: 'division', 条: 'article' };

function marker(line: string): { kind: NodeKind; number: number | null; length: number } | null {
  const chinese = (pattern: RegExp, kind: NodeKind) => {
    const match = line.match(pattern);
    const number = match ? parseCanonicalChineseNumeral(match[1]) : null;
    return match && number !== null ? { kind, number, length: match[0].length } : null;
  };
  const arabic = (pattern: RegExp, kind: NodeKind) => {
    const match = line.match(pattern);
    return match ? { kind, number: Number(match[1]), length: match[0].length } : null;
  };
  const regulation = line.match(REGULATION);
  if (regulation) {
    const number = parseCanonicalChineseNumeral(regulation[1]);
    if (number !== null) return { kind: REGULATION_KINDS[regulation[2]], number, length: regulation[0].length };
  }
  if (BULLET.test(line)) return { kind: 'bullet', number: null, length: 2 };
  return chinese(PART, 'part') ?? chinese(SECTION, 'section') ?? arabic(SUBITEM, 'subitem') ?? arabic(ITEM, 'item');
}

export function classifyLine(line: string): LineShape {
  const found = marker(line) ?? { kind: 'paragraph' as NodeKind, number: null, length: 0 };
  const split = splitResponsibleUnits(line.slice(found.length));
  const shape: LineShape = { kind: found.kind, number: found.number, text: split.text, responsibleUnits: split.units };
  if (split.label) shape.responsibleUnitsLabel = split.label;
  return shape;
}

/** The separator between a marker and the text: a full-width space after 第一章/第一节/第一条, one space before a digit after 1. */
export function markerSeparator(kind: NodeKind, rest: string): string {
  if (rest === '') return '';
  if (kind === 'chapter' || kind === 'division' || kind === 'article') return '\u3000';
  if (kind === 'item' && /^\d/.test(rest)) return ' ';
  return '';
}
