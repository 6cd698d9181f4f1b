/**
 * `normalizeText` is the documented normal form the parser reads and the renderer writes:
 *
 * - line endings are '\n' (LINE_ENDING), a leading byte-order mark goes (BOM_REMOVED), the text
 *   ends with one '\n' (FINAL_NEWLINE_ADDED);
 * - blank and whitespace-only lines go (BLANK_LINE_REMOVED), lines are trimmed
 *   (LEADING_/TRAILING_WHITESPACE_REMOVED);
 * - Word artifacts such as `[bookmark: _GoBack]` and zero-width characters go (WORD_ARTIFACT_REMOVED,
 *   INVISIBLE_CHARACTER_REMOVED); doubled ，。、；： become single (DOUBLED_PUNCTUATION);
 * - heading markers take one canonical spelling (see line-rules.ts): 一、 （一） 1. （1） —— and
 *   第一章　/第一条　 with a full-width space; responsible-unit lists read （责任单位：A、B）; document
 *   numbers 沙府发〔2023〕52号; dates 2023年12月25日;
 * - a line that is only a responsible-unit list joins the line above (RESPONSIBLE_UNITS_JOINED).
 *
 * Everything else is content and stays byte for byte, including spaces inside a sentence
 * (质量分级分类 监管) and typos (互联网十监管). Every change is returned as a `Normalization`.
 */
import { LINE_RULES } from './line-rules';
import type { Normalization } from './model';
import { isUnitListLine } from './units';

export interface NormalizedLine {
  text: string;
  /** 1-based line in the input this line comes from. */
  line: number;
}

export interface NormalizedLines {
  lines: NormalizedLine[];
  normalizations: Normalization[];
}

/** Splits on \n, \r\n and lone \r; a final line break does not start another line. */
function splitRawLines(text: string): Array<{ text: string; ending: string }> {
  const lines: Array<{ text: string; ending: string }> = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  for (const match of text.matchAll(pattern)) {
    lines.push({ text: text.slice(start, match.index), ending: match[0] });
    start = (match.index ?? 0) + match[0].length;
  }
  if (start < text.length) lines.push({ text: text.slice(start), ending: '' });
  return lines;
}

/** The first rules strip what is never content; a line left with only whitespace is blank. */
const CLEANUP_RULE_COUNT = 2;

type Recorder = (code: string, before: string, after: string) => void;

/** One rule can expose work for an earlier one (一.、 → 一、、), so passes repeat until nothing changes. */
const MAX_PASSES = 4;

function applyRules(line: string, record: Recorder, from = 0, to = LINE_RULES.length): string {
  let current = line;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const start = current;
    for (const rule of LINE_RULES.slice(from, to)) {
      const next = rule.apply(current);
      if (next !== current) record(rule.code, current, next);
      current = next;
    }
    if (current === start) break;
  }
  return current;
}

export function normalizeLines(text: string): NormalizedLines {
  const normalizations: Normalization[] = [];
  const lines: NormalizedLine[] = [];
  const record = (code: string, line: number, before: string, after: string): void => {
    normalizations.push({ code, line, before, after });
  };
  const rawLines = splitRawLines(text);
  rawLines.forEach((raw, index) => {
    const lineNumber = index + 1;
    let current = raw.text;
    if (raw.ending === '\r\n' || raw.ending === '\r') record('LINE_ENDING', lineNumber, raw.ending, '\n');
    if (index === 0 && current.startsWith('\uFEFF')) {
      record('BOM_REMOVED', lineNumber, current, current.slice(1));
      current = current.slice(1);
    }
    current = applyRules(current, (code, before, after) => record(code, lineNumber, before, after), 0, CLEANUP_RULE_COUNT);
    if (/^\s*$/.test(current)) {
      record('BLANK_LINE_REMOVED', lineNumber, current, '');
      return;
    }
    current = applyRules(current, (code, before, after) => record(code, lineNumber, before, after), CLEANUP_RULE_COUNT);
    if (current === '') {
      record('BLANK_LINE_REMOVED', lineNumber, raw.text, '');
      return;
    }
    const previous = lines[lines.length - 1];
    if (previous && isUnitListLine(current)) {
      const joined = previous.text + current;
      record('RESPONSIBLE_UNITS_JOINED', lineNumber, current, joined);
      // The joined line is normalized again so the normal form stays a fixed point.
      previous.text = applyRules(joined, (code, before, after) => record(code, previous.line, before, after));
      return;
    }
    lines.push({ text: current, line: lineNumber });
  });
  const last = rawLines[rawLines.length - 1];
  if (lines.length > 0 && last && last.ending === '' && lines[lines.length - 1].line === rawLines.length) {
    record('FINAL_NEWLINE_ADDED', rawLines.length, '', '\n');
  }
  return { lines, normalizations };
}

/** The text in normal form: normalized lines, each ending with '\n'. */
export function joinLines(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}

export function normalizeText(text: string): string {
  return joinLines(normalizeLines(text).lines.map((line) => line.text));
}
