import { toApiError } from '../error-codes';
import { capPageSize, PageSizeError } from './page-size';

const limits = { max: 100, default: 20 };

describe('capPageSize', () => {
  it('returns the default when no page size is asked for', () => {
    expect(capPageSize(undefined, limits)).toBe(20);
    expect(capPageSize(null, limits)).toBe(20);
  });

  it('returns the requested size up to the max, and the max beyond it', () => {
    expect(capPageSize(0, limits)).toBe(0);
    expect(capPageSize(37, limits)).toBe(37);
    expect(capPageSize(100, limits)).toBe(100);
    expect(capPageSize(1_000_000, limits)).toBe(100);
  });

  it.each([-1, 2.5, Number.NaN])('refuses %p as BAD_USER_INPUT naming the argument', (requested) => {
    let thrown: unknown;
    try {
      capPageSize(requested, limits, 'last');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PageSizeError);
    expect(toApiError(thrown)).toMatchObject({ code: 'BAD_USER_INPUT', details: { argument: 'last', max: 100 } });
  });

  it('refuses limits that contradict themselves', () => {
    expect(() => capPageSize(5, { max: 10, default: 11 })).toThrow(RangeError);
    expect(() => capPageSize(5, { max: 0, default: 0 })).toThrow(RangeError);
  });
});
