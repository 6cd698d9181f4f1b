import fc from 'fast-check';
import { EventStoreError } from './errors';
import { comparePositions, parsePosition, positionOf, positionToString } from './position';

const part = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });
const position = fc.tuple(part, part).map(([major, minor]) => positionOf(major, minor));

describe('positions', () => {
  it('order by the first part, then the second', () => {
    expect(comparePositions(positionOf(1n, 9n), positionOf(2n, 1n))).toBeLessThan(0);
    expect(comparePositions(positionOf(2n, 1n), positionOf(2n, 3n))).toBeLessThan(0);
    expect(comparePositions(positionOf(2n, 3n), positionOf(2n, 3n))).toBe(0);
    expect(comparePositions(positionOf(3n, 0n), positionOf(2n, 3n))).toBeGreaterThan(0);
  });

  it('survive serialization unchanged', () => {
    fc.assert(fc.property(position, (p) => comparePositions(parsePosition(positionToString(p)), p) === 0));
  });

  it('serialize to text whose order is the position order', () => {
    fc.assert(
      fc.property(position, position, (a, b) => {
        const text = positionToString(a) < positionToString(b) ? -1 : positionToString(a) > positionToString(b) ? 1 : 0;
        return text === Math.sign(comparePositions(a, b));
      }),
    );
  });

  it.each(['', '1-2', `${'0'.repeat(20)}-${'0'.repeat(19)}`, `${'9'.repeat(20)}-${'0'.repeat(20)}`, ' 0', 'x'.repeat(41)])(
    'refuse to parse %j',
    (text) => {
      let code: string | undefined;
      try {
        parsePosition(text);
      } catch (error) {
        code = error instanceof EventStoreError ? error.code : 'not typed';
      }
      expect(code).toBe('INVALID_POSITION');
    },
  );
});
