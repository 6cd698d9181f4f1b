import type { PlanEvent } from '../events';

/**
 * Moves a gap in one parent's child list (0 = before the first child) past a concurrent change
 * of that list. A child inserted exactly at the gap stays before it, as for text: the change
 * accepted first keeps its place. Removing the child right after the gap leaves the gap put.
 */
export function transformGap(gap: number, parentId: string | null, event: PlanEvent): number {
  switch (event.type) {
    case 'NodeInserted':
      return event.data.parentId === parentId ? afterInsertion(gap, event.data.index) : gap;
    case 'NodeDeleted':
      return event.data.parentId === parentId ? afterRemoval(gap, event.data.index) : gap;
    case 'NodeMoved': {
      const { fromParentId, fromIndex, toParentId, toIndex } = event.data;
      const detached = fromParentId === parentId ? afterRemoval(gap, fromIndex) : gap;
      return toParentId === parentId ? afterInsertion(detached, toIndex) : detached;
    }
    default:
      return gap;
  }
}

function afterInsertion(gap: number, insertedAt: number): number {
  return insertedAt <= gap ? gap + 1 : gap;
}

function afterRemoval(gap: number, removedAt: number): number {
  return removedAt < gap ? gap - 1 : gap;
}
