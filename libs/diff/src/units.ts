/** Responsible units (责任单位) of one clause, before and after: who joined, who left. */
import type { UnitsChange } from './model';

export function diffResponsibleUnits(before: string[], after: string[]): UnitsChange | null {
  if (before.length === after.length && before.every((unit, i) => unit === after[i])) return null;
  return {
    before,
    after,
    added: after.filter((unit) => !before.includes(unit)),
    removed: before.filter((unit) => !after.includes(unit)),
  };
}
