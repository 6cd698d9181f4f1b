import fc from 'fast-check';
import {
  MAX_CHINESE_NUMERAL, parseCanonicalChineseNumeral, parseChineseDigits, parseChineseNumeral, toChineseNumeral,
} from './numerals';

describe('Chinese numerals', () => {
  it.each([
    [1, '一'], [10, '十'], [11, '十一'], [20, '二十'], [22, '二十二'], [99, '九十九'], [100, '一百'], [101, '一百零一'],
    [110, '一百一十'], [111, '一百一十一'], [999, '九百九十九'], [1000, '一千'], [1001, '一千零一'], [1010, '一千零一十'], [9999, '九千九百九十九'],
  ])('writes %i as %s and reads it back', (value, numeral) => {
    expect(toChineseNumeral(value)).toBe(numeral);
    expect(parseChineseNumeral(numeral)).toBe(value);
  });

  it('round-trips every number from 1 to the maximum', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: MAX_CHINESE_NUMERAL }), (value) => {
      expect(parseCanonicalChineseNumeral(toChineseNumeral(value))).toBe(value);
    }));
  });

  it('reads loose spellings but does not call them canonical', () => {
    expect(parseChineseNumeral('一十一')).toBe(11);
    expect(parseChineseNumeral('两百')).toBe(200);
    expect(parseCanonicalChineseNumeral('一十一')).toBeNull();
    expect(parseCanonicalChineseNumeral('两')).toBeNull();
  });

  it.each(['', '零', '十十', '百', '二二', '一百五', '万', 'abc'])('refuses %p', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });

  it('refuses numbers it cannot write', () => {
    expect(() => toChineseNumeral(0)).toThrow(RangeError);
    expect(() => toChineseNumeral(MAX_CHINESE_NUMERAL + 1)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
  });

  it('reads digit-by-digit years', () => {
    expect(parseChineseDigits('二〇二三')).toBe(2023);
    expect(parseChineseDigits('二零二四')).toBe(2024);
    expect(parseChineseDigits('二十')).toBeNull();
  });
});
