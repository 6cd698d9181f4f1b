/**
 * 责任单位 lists that close a clause: （责任单位：区经济信息委、区科技局）. They are split off the node's
 * text into `responsibleUnits` and rendered back in the canonical form.
 */

export const DEFAULT_UNITS_LABEL = '责任单位';

/** Labels we accept, simplified; traditional spellings map to them. */
const LABELS: Record<string, string> = {
  责任单位: '责任单位', 責任單位: '责任单位',
  责任部门: '责任部门', 責任部門: '责任部门',
  牵头单位: '牵头单位', 牽頭單位: '牵头单位',
  牵头部门: '牵头部门', 牽頭部門: '牵头部门',
  主责单位: '主责单位', 主責單位: '主责单位',
};
const LABEL_OPENING = new RegExp(`[（(][\\s\\u3000]*(${Object.keys(LABELS).join('|')})[\\s\\u3000]*[：:]`, 'g');
const OPENERS = '（(';
const CLOSERS = '）)';

export interface UnitListMatch {
  /** Where the list's opening bracket stands in the line. */
  start: number;
  /** The label as written. */
  writtenLabel: string;
  /** The simplified label, e.g. 责任单位. */
  label: string;
  units: string[];
}

/** Splits at top-level separators only, so 区政府办公室（区外事办） stays one unit. */
function splitUnits(list: string): string[] {
  const units: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if (OPENERS.includes(char)) depth++;
    if (CLOSERS.includes(char)) depth--;
    if (depth === 0 && '、，,；;'.includes(char)) {
      units.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  units.push(current);
  return units.map((unit) => unit.trim()).filter((unit) => unit !== '');
}

/** The bracket that opens at `start` closes exactly at the end of the line. */
function closesAtLineEnd(line: string, start: number): boolean {
  let depth = 0;
  for (let i = start; i < line.length; i++) {
    if (OPENERS.includes(line[i])) depth++;
    else if (CLOSERS.includes(line[i])) depth--;
    if (depth === 0) return i === line.length - 1;
  }
  return false;
}

/** The responsible-unit list that ends the line, in any accepted spelling, or null. */
export function findUnitList(line: string): UnitListMatch | null {
  if (!CLOSERS.includes(line[line.length - 1] ?? '')) return null;
  const openings = [...line.matchAll(LABEL_OPENING)];
  for (let k = openings.length - 1; k >= 0; k--) {
    const opening = openings[k];
    const start = opening.index ?? 0;
    if (!closesAtLineEnd(line, start)) continue;
    const listText = line.slice(start + opening[0].length, line.length - 1);
    const units = splitUnits(listText);
    // A second label inside (牵头单位：A；配合单位：B) is a shape we do not model: leave it as text.
    if (units.length === 0 || units.some((unit) => /[：:]/.test(unit))) return null;
    return { start, writtenLabel: opening[1], label: LABELS[opening[1]], units };
  }
  return null;
}

export function formatUnitList(units: readonly string[], label: string = DEFAULT_UNITS_LABEL): string {
  return units.length === 0 ? '' : `（${label}：${units.join('、')}）`;
}

/** The traditional label of a list that ends the line, simplified (責任單位 → 责任单位). */
export function simplifyUnitsLabel(line: string): string {
  const match = findUnitList(line);
  if (!match || match.writtenLabel === match.label) return line;
  const labelAt = line.indexOf(match.writtenLabel, match.start);
  return line.slice(0, labelAt) + match.label + line.slice(labelAt + match.writtenLabel.length);
}

/** The list that ends the line, written canonically: full-width brackets and colon, units joined by 、. */
export function canonicalizeUnitList(line: string): string {
  const match = findUnitList(line);
  if (!match) return line;
  return line.slice(0, match.start) + formatUnitList(match.units, match.label);
}

export interface SplitUnits {
  text: string;
  units: string[];
  /** Present when the label is not 责任单位. */
  label?: string;
}

/** Splits a (normalized) clause into its text and the responsible units listed at its end. */
export function splitResponsibleUnits(line: string): SplitUnits {
  const match = findUnitList(line);
  if (!match) return { text: line, units: [] };
  const split: SplitUnits = { text: line.slice(0, match.start), units: match.units };
  if (match.label !== DEFAULT_UNITS_LABEL) split.label = match.label;
  return split;
}

/** True when the whole line is a unit list, which then belongs to the clause above it. */
export function isUnitListLine(line: string): boolean {
  return findUnitList(line)?.start === 0;
}
