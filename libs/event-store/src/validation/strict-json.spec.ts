import fc from 'fast-check';
import { NotStrictJsonError, toStrictJson } from './strict-json';

function hasUnstorableText(value: unknown): boolean {
  return JSON.stringify(value).includes('\\u0000') || /\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}/i.test(JSON.stringify(value));
}

function problemAt(value: unknown): string | undefined {
  try {
    toStrictJson(value);
    return undefined;
  } catch (error) {
    if (error instanceof NotStrictJsonError) return error.path;
    throw error;
  }
}

describe('toStrictJson', () => {
  it('writes plain JSON exactly as JSON.stringify does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        if (hasUnstorableText(value)) return true;
        return toStrictJson(value) === JSON.stringify(value);
      }),
    );
  });

  it('omits undefined object properties, as JSON.stringify does', () => {
    expect(toStrictJson({ a: 1, optional: undefined })).toBe('{"a":1}');
  });

  it.each<[string, unknown, string]>([
    ['a function', { a: { b: () => 1 } }, '$.a.b'],
    ['a BigInt', [1, 2n], '$[1]'],
    ['NaN', { n: NaN }, '$.n'],
    ['-Infinity', { n: -Infinity }, '$.n'],
    ['undefined at the top', undefined, '$'],
    ['undefined in an array', [1, undefined], '$[1]'],
    ['a hole in an array', [1, , 3], '$[1]'],
    ['\\u0000 in a string', { s: 'a\u0000' }, '$.s'],
    ['a lone high surrogate', ['\ud83d'], '$[0]'],
    ['a lone low surrogate', ['x\ude00'], '$[0]'],
    ['\\u0000 in a key', { 'k\u0000': 1 }, '$'],
    ['a Date', { at: new Date(0) }, '$.at'],
    ['a class instance', { v: new (class Money {})() }, '$.v'],
    ['a symbol', { s: Symbol('s') }, '$.s'],
  ])('refuses %s and says where', (_, value, path) => {
    expect(problemAt(value)).toBe(path);
  });

  it('refuses cycles but accepts a value shared by two branches', () => {
    const shared = { x: 1 };
    expect(problemAt({ a: shared, b: shared })).toBeUndefined();
    const cycle: Record<string, unknown> = {};
    cycle.self = { back: cycle };
    expect(problemAt(cycle)).toBe('$.self.back');
  });

  it('accepts well-formed astral characters and objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as object, { emoji: '📜' });
    expect(toStrictJson(bare)).toBe('{"emoji":"📜"}');
  });

  it('refuses nesting deeper than 200 levels', () => {
    let deep: unknown = 0;
    for (let i = 0; i < 201; i++) deep = [deep];
    expect(problemAt(deep)).toMatch(/^\$(\[0\]){200}$/);
  });
});
