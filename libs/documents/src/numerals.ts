/**
 * Chinese numerals as official documents print them in headings (一、 （十一） 第一百零一条),
 * both ways, from 1 to 9999.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const DIGIT_VALUES: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT_VALUES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const MAX_CHINESE_NUMERAL = 9999;

/** The canonical numeral: 10 → 十, 11 → 十一, 101 → 一百零一, 110 → 一百一十. */
export function toChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > MAX_CHINESE_NUMERAL) {
    throw new RangeError(`no Chinese numeral for ${value} (1..${MAX_CHINESE_NUMERAL})`);
  }
  const places: Array<[number, string]> = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let out = '';
  let pendingZero = false;
  for (const [size, unit] of places) {
    const digit = Math.floor(value / size) % 10;
    if (digit === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 十一 rather than 一十一 when the number starts at the tens.
    out += size === 10 && out === '' && digit === 1 ? unit : DIGITS[digit] + unit;
  }
  return out;
}

/**
 * Reads a numeral such as 十一, 一百零一, 二十, also the loose forms 两百 and 一十一. Returns null
 * for anything that is not a well-formed numeral of 1..9999.
 */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const char of text) {
    if (char in DIGIT_VALUES) {
      if (digit !== null && digit !== 0 && DIGIT_VALUES[char] !== 0) return null;
      digit = DIGIT_VALUES[char];
      continue;
    }
    const unit = UNIT_VALUES[char];
    if (unit === undefined || unit >= lastUnit) return null;
    if (digit === 0) return null;
    total += (digit ?? (total === 0 && unit === 10 ? 1 : NaN)) * unit;
    if (Number.isNaN(total)) return null;
    lastUnit = unit;
    digit = null;
  }
  if (digit !== null) {
    // A trailing digit after a unit other than 十 needs its 零 (一百零五), else it is 一百五 = 150, which we refuse.
    if (lastUnit !== Infinity && lastUnit > 10 && digit !== 0 && !text.includes('零') && !text.includes('〇')) {
      return null;
    }
    total += digit;
  }
  return total >= 1 && total <= MAX_CHINESE_NUMERAL ? total : null;
}

/** The numeral when it is written exactly as `toChineseNumeral` writes it, else null. */
export function parseCanonicalChineseNumeral(text: string): number | null {
  const value = parseChineseNumeral(text);
  return value !== null && toChineseNumeral(value) === text ? value : null;
}

/** Reads digit-by-digit numerals used for years: 二〇二三 → 2023. */
export function parseChineseDigits(text: string): number | null {
  if (text.length === 0) return null;
  let value = 0;
  for (const char of text) {
    const digit = DIGIT_VALUES[char];
    if (digit === undefined || char === '两') return null;
    value = value * 10 + digit;
  }
  return value;
}
