/**
 * Properties of parse/render over random input. FUZZ_RUNS=5000 digs deeper locally; the default
 * keeps the suite to a few seconds.
 */
import fc from 'fast-check';
import { normalizeText } from './normalize';
import { parseDocument } from './parse';
import { renderDocument } from './render';
import { DRAFT_SEED, ISSUED_SEED } from './spec-support/seeds';
import { allIds, structureOf } from './spec-support/structure';

const MARKERS = [
  '', '', '', '一、', '二、', '十一、', '一.', '两、', '（一）', '(二)', '（ 三 ）', '（十）', '1.', '2. ', '3．', '4、', '１．', '01.',
  '1.5', '（1）', '(2)', '（ 3 ）', '第一章', '第二章 ', '第一节', '第一条', '第十一條', '第二条　', '第1条', '——', '――', '—— ',
  '  ', '\u3000\u3000', '\t', '[bookmark: _GoBack]',
];
const FRAGMENTS = [
  '增强产业基础质量支撑。', '加快产业基础高级化进程', '食品抽检合格率达到98.2%以上', '超570家', '，，', '。。', '、、',
  '（责任单位：区科技局、区市场监管局）', '(责任单位:区财政局,区教委)', '（責任單位：区财政局）', '（牵头单位：区发展改革委）',
  '（牵头单位：A；配合单位：B）', '（责任单位：区政府办公室（区外事办））', '到2027年，', '质量分级分类 监管', '互联网十监管', '1.5亿元',
  '2027年', '：', ':', ' ', '\u00a0', '、', '（', '）', '(', ')', 'abc', '第', '条', '章', '关于印发沙坪坝区质量强区建设实施方案的',
  '通   知', '通知', '沙府发〔2023〕52号', '沙府发[2023]052号', '2023年12月25日', '二〇二三年十二月二十五日', '2023年2月30日',
  '（此件公开发布）', '(此件公开发布)', '（征求意见稿）', '(征求意见稿)', '征求意见稿', '重庆市沙坪坝区人民政府',
  '各镇人民政府、各街道办事处，区政府各部门：', '质量强区建设实施方案', '\u200b', '\ufeff', '1', '十',
];
const BREAKS = ['\n', '\n', '\n', '\r\n', '\r', '\n\n', '\n \n'];

const chineseishLine = fc
  .tuple(fc.constantFrom(...MARKERS), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 5 }))
  .map(([marker, fragments]) => marker + fragments.join(''));
const chineseishText = fc
  .array(fc.tuple(chineseishLine, fc.constantFrom(...BREAKS)), { maxLength: 25 })
  .map((lines) => lines.map(([line, lineBreak]) => line + lineBreak).join(''));

/** Issued-notice and draft headers with parts left out, moved or misspelled, over a short body. */
const optional = (line: fc.Arbitrary<string>) => fc.option(line, { nil: '' });
const headedText = fc
  .tuple(
    optional(fc.constantFrom('沙府发〔2023〕52号', '沙府发[2023]052号', '渝府发〔2024〕1号')),
    optional(fc.constantFrom('重庆市沙坪坝区人民政府', '重庆市人民政府办公厅')),
    fc.boolean(),
    optional(fc.constantFrom('关于印发沙坪坝区质量强区建设实施方案的\n通   知', '关于印发质量强区建设实施方案的通知', '关于\n印发\n通知')),
    optional(fc.constantFrom('各镇人民政府、各街道办事处，区政府各部门：', '各区县（自治县）人民政府:', '，各部门：')),
    fc.array(fc.oneof(chineseishLine, fc.constantFrom('现印发给你们，请认真贯彻落实。')), { maxLength: 3 }),
    optional(fc.constantFrom('重庆市沙坪坝区人民政府', '区政府')),
    optional(fc.constantFrom('2023年12月25日', '二〇二三年十二月二十五日', '2023年02月05日', '2023年2月30日')),
    optional(fc.constantFrom('（此件公开发布）', '(此件公开发布)', '（此件不公开）')),
    optional(fc.constantFrom('（征求意见稿）', '征求意见稿')),
    optional(fc.constantFrom('质量强区建设实施方案', '质量强区建设实施方案（征求意见稿）', '质量强区建设实施方案(征求意见稿)')),
    optional(fc.constantFrom('（征求意见稿）', '(征求意见稿)')),
    fc.array(chineseishLine, { maxLength: 6 }),
  )
  .map(([number, body, bodyFirst, noticeTitle, addressees, noticeBody, signature, date, note, markAbove, title, markBelow, lines]) =>
    [...(bodyFirst ? [body, number] : [number, body]), noticeTitle, addressees, ...noticeBody, signature, date, note, markAbove, title, markBelow, ...lines]
      .filter((line) => line !== '')
      .join('\n'),
  );

type Mutation = { op: 'delete' | 'duplicate' | 'swap' | 'insert'; at: number; other: number; junk: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('delete', 'duplicate', 'swap', 'insert'),
  at: fc.nat(),
  other: fc.nat(),
  junk: fc.oneof(chineseishLine, fc.string({ maxLength: 20 })),
});

function mutate(seed: string, mutations: readonly Mutation[]): string {
  const lines = seed.split('\n');
  for (const { op, at, other, junk } of mutations) {
    const i = at % lines.length;
    const j = other % lines.length;
    if (op === 'delete' && lines.length > 1) lines.splice(i, 1);
    if (op === 'duplicate') lines.splice(i, 0, lines[i]);
    if (op === 'swap') [lines[i], lines[j]] = [lines[j], lines[i]];
    if (op === 'insert') lines.splice(i, 0, junk);
  }
  return lines.join('\n');
}
const mutatedSeed = fc
  .tuple(fc.constantFrom(ISSUED_SEED, DRAFT_SEED), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([seed, mutations]) => mutate(seed, mutations));

const inputs = {
  'random strings': fc.string({ unit: 'binary', maxLength: 200 }),
  'Chinese-ish texts built from markers and fragments': chineseishText,
  'texts with an issuing notice or a draft header': headedText,
  'mutated seeds': mutatedSeed,
};

describe.each(Object.entries(inputs))('parseDocument on %s', (_name, input) => {
  const runs = { numRuns: Number(process.env.FUZZ_RUNS ?? 300) };

  it('never throws and gives every node a unique id', () => {
    fc.assert(
      fc.property(input, (text) => {
        const ids = allIds(parseDocument(text).document.nodes);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      runs,
    );
  });

  it('renders the normalized text exactly unless it reports a renumbering', () => {
    fc.assert(
      fc.property(input, (text) => {
        const { document, normalizations } = parseDocument(text);
        if (normalizations.some((n) => n.code === 'RENUMBERED')) return;
        expect(renderDocument(document)).toBe(normalizeText(text));
      }),
      runs,
    );
  });

  it('is stable: parsing the rendering gives the same structure and renders the same text', () => {
    fc.assert(
      fc.property(input, (text) => {
        const first = parseDocument(text).document;
        const rendered = renderDocument(first);
        const second = parseDocument(rendered);
        expect(structureOf(second.document)).toEqual(structureOf(first));
        expect(second.normalizations).toEqual([]);
        expect(renderDocument(second.document)).toBe(rendered);
      }),
      runs,
    );
  });

  it('normalizes to a fixed point', () => {
    fc.assert(
      fc.property(input, (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
      runs,
    );
  });
});

describe('the fuzz generators', () => {
  it('reach the metadata shapes they are meant to exercise', () => {
    const documents = fc.sample(headedText, { numRuns: 500, seed: 42 }).map((text) => parseDocument(text).document);
    expect(documents.filter((doc) => doc.metadata.notice !== undefined).length).toBeGreaterThan(10);
    expect(documents.filter((doc) => doc.metadata.issuingBodyFirst).length).toBeGreaterThan(0);
    expect(documents.filter((doc) => doc.metadata.isConsultationDraft).length).toBeGreaterThan(10);
  });

  it('reach renumbering in mutated seeds', () => {
    const results = fc.sample(mutatedSeed, { numRuns: 100, seed: 42 }).map((text) => parseDocument(text));
    expect(results.filter((result) => result.normalizations.some((n) => n.code === 'RENUMBERED')).length).toBeGreaterThan(10);
  });
});
