import { normalizeLines, normalizeText } from './normalize';
import { DRAFT_SEED, ISSUED_SEED } from './spec-support/seeds';

const codesOf = (text: string) => normalizeLines(text).normalizations.map((n) => n.code);

describe('normalizeText', () => {
  it.each([
    ['CRLF and lone CR line endings', 'a\r\nb\rc\n', 'a\nb\nc\n', ['LINE_ENDING', 'LINE_ENDING']],
    ['a byte-order mark', '\uFEFF一、总体要求\n', '一、总体要求\n', ['BOM_REMOVED']],
    ['blank and whitespace-only lines', '\n a\n \u3000\n\nb\n', 'a\nb\n', ['BLANK_LINE_REMOVED', 'LEADING_WHITESPACE_REMOVED', 'BLANK_LINE_REMOVED', 'BLANK_LINE_REMOVED']],
    ['a missing final newline', 'a', 'a\n', ['FINAL_NEWLINE_ADDED']],
    ['a Word bookmark', '[bookmark: _GoBack]——工程质量水平稳步提升。\n', '——工程质量水平稳步提升。\n', ['WORD_ARTIFACT_REMOVED']],
    ['zero-width characters', '质量\u200b强区\n', '质量强区\n', ['INVISIBLE_CHARACTER_REMOVED']],
    ['doubled punctuation', '壮大相关产业，，探索。。\n', '壮大相关产业，探索。\n', ['DOUBLED_PUNCTUATION']],
    ['a space after 1.', '1. 增强产业基础质量支撑。\n', '1.增强产业基础质量支撑。\n', ['MARKER_SPACING']],
    ['1． and 1、', '1．甲\n2、乙\n', '1.甲\n2.乙\n', ['MARKER_PUNCTUATION', 'MARKER_PUNCTUATION']],
    ['an item whose text starts with a digit', '1、2027年前完成\n', '1. 2027年前完成\n', ['MARKER_PUNCTUATION']],
    ['full-width item digits', '１２．甲\n', '12.甲\n', ['FULL_WIDTH_DIGITS', 'MARKER_PUNCTUATION']],
    ['half-width heading brackets', '(一)指导思想\n( 2 )细则\n', '（一）指导思想\n（2）细则\n', ['HALF_WIDTH_BRACKETS', 'HALF_WIDTH_BRACKETS']],
    ['一. as a part marker', '一.总体要求\n', '一、总体要求\n', ['MARKER_PUNCTUATION']],
    ['a traditional article marker', '第十一條 本办法自发布之日起施行。\n', '第十一条\u3000本办法自发布之日起施行。\n', ['TRADITIONAL_CHARACTERS', 'MARKER_SPACING']],
    ['a U+2015 bullet', '――产业质量竞争力持续增强。\n', '——产业质量竞争力持续增强。\n', ['BULLET_MARKER']],
    ['a half-width unit list', '加强监管。(责任单位:区市场监管局,区科技局)\n', '加强监管。（责任单位：区市场监管局、区科技局）\n', ['RESPONSIBLE_UNITS_FORMAT']],
    ['a traditional unit label', '加强监管。（責任單位：区科技局）\n', '加强监管。（责任单位：区科技局）\n', ['TRADITIONAL_CHARACTERS']],
    ['a unit list on its own line', '1.加强监管。\n（责任单位：区科技局）\n', '1.加强监管。（责任单位：区科技局）\n', ['RESPONSIBLE_UNITS_JOINED']],
    ['a document number in square brackets', '沙府发[2023]052号\n', '沙府发〔2023〕52号\n', ['DOCUMENT_NUMBER_FORMAT']],
    ['a date in Chinese numerals', '二〇二三年十二月二十五日\n', '2023年12月25日\n', ['DATE_FORMAT']],
    ['a half-width publication note', '(此件公开发布)\n', '（此件公开发布）\n', ['HALF_WIDTH_BRACKETS']],
    ['a closing half-width colon', '各镇人民政府:\n', '各镇人民政府：\n', ['HALF_WIDTH_PUNCTUATION']],
  ])('normalizes %s and records it', (_case, input, expected, codes) => {
    expect(normalizeText(input)).toBe(expected);
    expect(codesOf(input)).toEqual(codes);
  });

  it.each([
    ['a space inside a sentence', '严格落实质量分级分类 监管、质量安全风险监控等机制。\n'],
    ['a typo', '以“双随机、一公开”监管和“互联网十监管”为基本手段。\n'],
    ['a half-width comma inside a sentence', '实施“头羊计划”, 培育食品及农产品加工产业领军企业。\n'],
    ['a decimal at the start of a line', '1.5亿元专项资金用于质量提升。\n'],
    ['an ellipsis and a dash', '等等……——\n'],
    ['a malformed marker', '两、其他\n'],
  ])('keeps %s as content', (_case, input) => {
    expect(normalizeText(input)).toBe(input);
    expect(codesOf(input)).toEqual([]);
  });

  it('records the line each normalization comes from, with the text before and after', () => {
    expect(normalizeLines('甲\n\n壮大，，产业\n').normalizations).toEqual([
      { code: 'BLANK_LINE_REMOVED', line: 2, before: '', after: '' },
      { code: 'DOUBLED_PUNCTUATION', line: 3, before: '壮大，，产业', after: '壮大，产业' },
    ]);
  });

  it('keeps the source line of every normalized line', () => {
    expect(normalizeLines('\n甲\r\n\r\n乙').lines).toEqual([{ text: '甲', line: 2 }, { text: '乙', line: 4 }]);
  });

  it('records the consultation draft’s Word artifact, doubled punctuation and blank lines', () => {
    const normalizations = normalizeLines(DRAFT_SEED).normalizations;
    expect(normalizations).toContainEqual(expect.objectContaining({ code: 'WORD_ARTIFACT_REMOVED', line: 13, before: expect.stringMatching(/^\[bookmark: _GoBack\]——工程质量/) }));
    expect(normalizations.filter((n) => n.code === 'DOUBLED_PUNCTUATION').map((n) => n.line)).toEqual([22, 27]);
    expect(normalizations.filter((n) => n.code === 'BLANK_LINE_REMOVED').map((n) => n.line)).toEqual([1, 4, 61]);
    expect(normalizations).toHaveLength(6);
    expect(normalizeText(DRAFT_SEED)).toContain('互联网十监管');
  });

  it('records the issued plan’s spaced item markers and blank lines, and keeps its inner space', () => {
    const normalizations = normalizeLines(ISSUED_SEED).normalizations;
    expect(normalizations.filter((n) => n.code === 'MARKER_SPACING')).toHaveLength(22);
    expect(normalizations.filter((n) => n.code === 'BLANK_LINE_REMOVED')).toHaveLength(17);
    expect(normalizations).toHaveLength(39);
    expect(normalizeText(ISSUED_SEED)).toContain('质量分级分类 监管');
  });

  it('gives nothing for nothing', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeLines('').normalizations).toEqual([]);
  });
});
