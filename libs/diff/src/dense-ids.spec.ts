import fc from 'fast-check';
import { DenseIds } from './dense-ids';

describe('DenseIds', () => {
  it('numbers keys 0, 1, 2, … in order of first sight, the same key always alike', () => {
    // Bigram keys reach 0x110000² ≈ 2⁴⁰; a small expected size makes the table grow.
    const key = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 0x110000 * 0x110000 }));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), fc.integer({ min: 0, max: 50 }), (keys, expected) => {
        const ids = new DenseIds(expected);
        const firstSight = new Map<number, number>();
        for (const k of keys) {
          if (!firstSight.has(k)) firstSight.set(k, firstSight.size);
          expect(ids.idOf(k)).toBe(firstSight.get(k));
        }
        expect(ids.size).toBe(firstSight.size);
      }),
      { numRuns: 200 },
    );
  });
});
