import fc from 'fast-check';
import { bigramProfile, dice, diceOfSmallEdit } from './similarity';

/** Plan-like text with punctuation, ASCII, whitespace, astral-plane characters and a stray surrogate. */
const text = fc
  .array(fc.constantFrom('质', '量', '强', '区', '建', '设', '々', '，', '。', '9', '8', '.', '%', 'a', 'Z', ' ', '𠀋', '𪚥', '\uD800', 'Ⅻ'), {
    maxLength: 80,
  })
  .map((chars) => chars.join(''));

/** The text with one stretch replaced, as an edit of a clause does. */
const editedPair = fc.tuple(text, fc.nat(), fc.integer({ min: 0, max: 4 }), text).map(([before, at, cut, inserted]) => {
  const from = at % (before.length + 1);
  return [before, before.slice(0, from) + inserted.slice(0, 6) + before.slice(from + cut)] as const;
});

/** Letters and digits, as the profile defines words, by the book. */
const wordCodePoints = (value: string) => [...value].filter((c) => /[\p{L}\p{N}]/u.test(c)).map((c) => c.codePointAt(0)!);

describe('bigramProfile', () => {
  it('counts every bigram of the letters and digits once, under ascending keys', () => {
    fc.assert(
      fc.property(text, (value) => {
        const codes = wordCodePoints(value);
        const expected = codes.length === 1 ? [codes[0] * 0x110000] : codes.slice(1).map((c, i) => codes[i] * 0x110000 + c);
        const profile = bigramProfile(value);
        const spelled = [...profile.keys].flatMap((key, i) => new Array<number>(profile.counts[i]).fill(key));
        expect(spelled).toEqual(expected.sort((x, y) => x - y));
        expect(new Set(profile.keys).size).toBe(profile.keys.length);
        expect(profile.total).toBe(expected.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('diceOfSmallEdit', () => {
  it('is the Dice of the two profiles, or null', () => {
    fc.assert(
      fc.property(editedPair, ([before, after]) => {
        const similarity = diceOfSmallEdit(before, after);
        if (similarity !== null) expect(similarity).toBe(dice(bigramProfile(before), bigramProfile(after)));
      }),
      { numRuns: 500 },
    );
  });

  it('answers for a few characters changed in a long clause, and leaves a rewrite to the profiles', () => {
    const clause = '加快推进质量强区建设，全面提升产品、工程、服务质量，推动质量变革、效率变革、动力变革。';
    const edited = clause.replace('全面提升', '大力提升');
    expect(diceOfSmallEdit(clause, edited)).toBe(dice(bigramProfile(clause), bigramProfile(edited)));
    expect(diceOfSmallEdit(clause, '实施农产品质量提升工程。')).toBeNull();
  });
});
