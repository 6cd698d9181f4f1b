import { rangeCovering, transformPastChange } from './text-transform';

// Text "0123456789"; each row: pending edit (offset, deleteCount), applied change
// (offset, deleteCount, insertedLength), and where the pending edit lands or 'overlap'.
const CASES: Array<[string, [number, number], [number, number, number], number | 'overlap']> = [
  ['insertion before a deletion stays', [2, 0], [5, 2, 0], 2],
  ['insertion after a replacement shifts', [8, 0], [2, 3, 1], 6],
  ['insertion at the end of a deleted range shifts to the replacement end', [5, 0], [2, 3, 4], 6],
  ['insertions at the same offset: the one accepted first stays first', [4, 0], [4, 0, 2], 6],
  ['insertion at the start of a replaced range stays in front of it', [2, 0], [2, 3, 1], 2],
  ['insertion strictly inside a deleted range overlaps', [3, 0], [2, 3, 0], 'overlap'],
  ['deletion before a concurrent insertion stays', [1, 2], [5, 0, 3], 1],
  ['deletion ending where an insertion was made stays', [1, 2], [3, 0, 3], 1],
  ['deletion starting where an insertion was made goes after it', [3, 2], [3, 0, 2], 5],
  ['deletion after a replacement shifts', [7, 2], [1, 3, 1], 5],
  ['touching deletions do not overlap', [5, 2], [2, 3, 0], 2],
  ['deletion with an insertion strictly inside overlaps', [2, 4], [4, 0, 1], 'overlap'],
  ['intersecting deletions overlap', [2, 4], [5, 2, 0], 'overlap'],
  ['the same deletion twice overlaps', [2, 2], [2, 2, 0], 'overlap'],
  ['a deletion inside a concurrent deletion overlaps', [3, 1], [2, 4, 1], 'overlap'],
];

describe('transformPastChange', () => {
  it.each(CASES)('%s', (_, [offset, deleteCount], [appliedAt, deletes, inserted], expected) => {
    const outcome = transformPastChange(
      { offset, deleteCount },
      { offset: appliedAt, deleteCount: deletes, insertedLength: inserted },
    );
    if (expected === 'overlap') {
      expect(outcome).toEqual({ overlaps: true });
    } else {
      expect(outcome).toEqual({ overlaps: false, range: { offset: expected, deleteCount } });
    }
  });
});

describe('rangeCovering', () => {
  it('covers the pending range and the text the overlapping change inserted', () => {
    const replacement = { offset: 5, deleteCount: 2, insertedLength: 3 };
    expect(rangeCovering({ offset: 2, deleteCount: 4 }, replacement)).toEqual({
      offset: 2,
      deleteCount: 6,
    });
    const deletion = { offset: 2, deleteCount: 3, insertedLength: 0 };
    expect(rangeCovering({ offset: 3, deleteCount: 0 }, deletion)).toEqual({
      offset: 2,
      deleteCount: 0,
    });
  });
});
