import { badInput } from '../shared/plan-error';
import { isBlank, isWellFormedText } from '../shared/text-rules';

/** Node text may be empty (a paragraph just created) but never holds a lone surrogate. */
export function checkNodeText(text: unknown, field: string, nodeId?: string): string {
  if (typeof text !== 'string') throw badInput(field, 'text must be a string', { nodeId });
  if (!isWellFormedText(text)) {
    throw badInput(field, 'text holds half of a character outside the BMP', { nodeId });
  }
  return text;
}

/** 责任单位 are department names as written, in order; each must name something. */
export function checkResponsibleUnits(units: unknown, field: string, nodeId?: string): string[] {
  if (!Array.isArray(units)) throw badInput(field, 'responsible units must be a list', { nodeId });
  const checked: string[] = [];
  for (const unit of units) {
    if (isBlank(unit) || !isWellFormedText(unit as string)) {
      throw badInput(field, 'every responsible unit must name a department', { nodeId });
    }
    checked.push((unit as string).trim());
  }
  return checked;
}

export function sameList(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((value, index) => value === right[index]);
}
