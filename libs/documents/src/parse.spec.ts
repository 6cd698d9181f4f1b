import { normalizeText } from './normalize';
import { numberNodes } from './numbering';
import { parseDocument } from './parse';
import { renderDocument } from './render';
import { countKinds, flatten, shapeOf } from './spec-support/structure';

const roundTrips = (text: string) => expect(renderDocument(parseDocument(text).document)).toBe(normalizeText(text));
const kindsTree = (text: string) => {
  const tree = (nodes: ReturnType<typeof shapeOf>): unknown[] =>
    nodes.map((node) => (node.children.length ? [node.kind, tree(node.children)] : node.kind));
  return tree(shapeOf(parseDocument(text).document.nodes));
};

const REGULATION = [
  '重庆市沙坪坝区质量奖管理办法',
  '第一章 总则',
  '第一条 为了推动高质量发展，根据有关规定，制定本办法。',
  '第二条 本办法适用于下列组织：',
  '（一）在本区依法登记的企业；',
  '（二）其他组织。',
  '第二章 评审',
  '第一节 申报',
  '第三条 申报组织应当具备下列条件：',
  '（一）近三年无重大质量事故；',
  '（二）质量管理体系健全。',
  '第二节 评审程序',
  '第四条 评审委员会按照公开、公平、公正的原则组织评审。',
  '第十一條 本办法自发布之日起施行。',
].join('\n');

describe('a regulation (第一章 / 第一节 / 第一条 / （一）)', () => {
  const { document, normalizations } = parseDocument(REGULATION);
  const numbers = numberNodes(document);
  const articles = flatten(document.nodes).filter((node) => node.kind === 'article');

  it('nests articles under chapters and divisions, and （一） points under their article', () => {
    expect(document.metadata.title).toBe('重庆市沙坪坝区质量奖管理办法');
    expect(kindsTree(REGULATION)).toEqual([
      ['chapter', ['article', ['article', ['section', 'section']]]],
      ['chapter', [['division', [['article', ['section', 'section']]]], ['division', ['article', 'article']]]],
    ]);
    expect(articles[1].text).toBe('本办法适用于下列组织：');
    expect(articles[1].children.map((point) => point.text)).toEqual(['在本区依法登记的企业；', '其他组织。']);
  });

  it('numbers articles on through the chapters', () => {
    expect(articles.map((article) => numbers.get(article.id))).toEqual(['第一条', '第二条', '第三条', '第四条', '第五条']);
    expect(document.numbering).toBeUndefined();
  });

  it('reports the traditional 第十一條 and its renumbering to 第五条, and nothing silently', () => {
    expect(normalizations.filter((n) => n.code === 'RENUMBERED')).toEqual([
      { code: 'RENUMBERED', line: 14, before: '第十一条\u3000本办法自发布之日起施行。', after: '第五条\u3000本办法自发布之日起施行。' },
    ]);
    expect(normalizations.map((n) => n.code)).toEqual([
      ...Array(8).fill('MARKER_SPACING'), 'TRADITIONAL_CHARACTERS', 'MARKER_SPACING', 'FINAL_NEWLINE_ADDED', 'RENUMBERED',
    ]);
  });

  it('round-trips when its numbers are in order', () => {
    const inOrder = REGULATION.replace('第十一條', '第五条');
    roundTrips(inOrder);
    expect(parseDocument(inOrder).normalizations.map((n) => n.code)).not.toContain('RENUMBERED');
  });
});

describe('hierarchy', () => {
  it('nests a heading that skips a level under the nearest higher one', () => {
    expect(kindsTree('一、总体要求\n1.甲。\n（1）乙。\n（一）丙\n二、其他')).toEqual([
      ['part', [['item', ['subitem']], 'section']],
      'part',
    ]);
  });

  it('makes the paragraphs after an item its children, and a paragraph after bullets their sibling', () => {
    expect(kindsTree('（一）主要目标\n到2027年，目标。\n——甲。\n——乙。\n到2035年，基本建成。\n1.任务。\n说明一。\n说明二。')).toEqual([
      ['section', ['paragraph', 'bullet', 'bullet', 'paragraph', ['item', ['paragraph', 'paragraph']]]],
    ]);
  });

  it('keeps unknown shapes as paragraphs, text and all', () => {
    const text = '说明如下。\n①第一项\n两、其他\n（a）附注\n01.编号\n1.5亿元专项资金\n';
    expect(countKinds(parseDocument(text).document.nodes)).toEqual({ paragraph: 6 });
    roundTrips(text);
  });

  it('reads variant markers: half-width brackets, 1． 1、, traditional, CRLF, blank lines', () => {
    const text = '一.总体要求\r\n\r\n(一) 指导思想\r\n――丁\r\n1、甲。(責任單位:区科技局)\r\n2．乙。\r\n（ 1 ）丙\r\n';
    const { document } = parseDocument(text);
    expect(kindsTree(text)).toEqual([['part', [['section', ['bullet', 'item', ['item', ['subitem']]]]]]]);
    expect(flatten(document.nodes)[3].responsibleUnits).toEqual(['区科技局']);
    expect(renderDocument(document)).toBe('一、总体要求\n（一）指导思想\n——丁\n1.甲。（责任单位：区科技局）\n2.乙。\n（1）丙\n');
    roundTrips(text);
  });
});

describe('numbering', () => {
  it('keeps per-section item numbers when the text restarts them', () => {
    const text = '一、任务\n（一）甲\n1.a\n2.b\n（二）乙\n1.c\n';
    const { document, normalizations } = parseDocument(text);
    expect(document.numbering).toBeUndefined();
    expect(normalizations).toEqual([]);
    roundTrips(text);
  });

  it('reports a number out of sequence and renders it from position', () => {
    const { document, normalizations } = parseDocument('1.甲。\n2.乙。\n4.丙。\n');
    expect(normalizations).toEqual([{ code: 'RENUMBERED', line: 3, before: '4.丙。', after: '3.丙。' }]);
    expect(renderDocument(document)).toBe('1.甲。\n2.乙。\n3.丙。\n');
  });
});

describe('responsible units', () => {
  const unitsOf = (line: string) => {
    const node = parseDocument(line).document.nodes[0];
    return { text: node.text, units: node.responsibleUnits, label: node.responsibleUnitsLabel };
  };

  it.each([
    ['1.加强监管。（责任单位：区市场监管局、区科技局）', { text: '加强监管。', units: ['区市场监管局', '区科技局'], label: undefined }],
    ['1.加强监管。(责任单位:区市场监管局，区科技局)', { text: '加强监管。', units: ['区市场监管局', '区科技局'], label: undefined }],
    ['1.加强监管。（牵头单位：区发展改革委）', { text: '加强监管。', units: ['区发展改革委'], label: '牵头单位' }],
    ['1.加强监管。（责任部门：区教委）', { text: '加强监管。', units: ['区教委'], label: '责任部门' }],
    ['1.加强监管。（责任单位：区政府办公室（区外事办）、区商务委）', { text: '加强监管。', units: ['区政府办公室（区外事办）', '区商务委'], label: undefined }],
    ['1.加强监管。（牵头单位：A；配合单位：B）', { text: '加强监管。（牵头单位：A；配合单位：B）', units: [], label: undefined }],
    ['1.加强监管（试点）。', { text: '加强监管（试点）。', units: [], label: undefined }],
  ])('reads %s', (line, expected) => {
    expect(unitsOf(line)).toEqual(expected);
    roundTrips(line);
  });

  it('takes a list on its own line as the clause’s above it', () => {
    const { document, normalizations } = parseDocument('1.加强监管。\n（责任单位：区科技局）\n2.其他。');
    expect(document.nodes[0].responsibleUnits).toEqual(['区科技局']);
    expect(normalizations.map((n) => n.code)).toContain('RESPONSIBLE_UNITS_JOINED');
    expect(renderDocument(document)).toBe('1.加强监管。（责任单位：区科技局）\n2.其他。\n');
  });
});

describe('metadata', () => {
  it('reads a red-head notice with the issuing body above the number', () => {
    const text = '重庆市沙坪坝区人民政府\n沙府发〔2024〕3号\n关于印发质量工作要点的通知\n各街道办事处：\n现印发给你们。\n2024年1月5日\n质量工作要点\n一、总体要求\n';
    const { document } = parseDocument(text);
    expect(document.metadata).toMatchObject({
      issuingBody: '重庆市沙坪坝区人民政府', documentNumber: '沙府发〔2024〕3号', issuingBodyFirst: true,
      addressees: ['各街道办事处'], date: '2024-01-05', title: '质量工作要点', notice: { signature: null, body: ['现印发给你们。'] },
    });
    roundTrips(text);
  });

  it.each([
    ['title-suffix', '质量强区建设实施方案（征求意见稿）\n为提高质量，制定本方案。\n', '质量强区建设实施方案'],
    ['above-title', '征求意见稿\n质量强区建设实施方案\n一、总体要求\n', '质量强区建设实施方案'],
    ['below-title', '质量强区建设实施方案\n(征求意见稿)\n一、总体要求\n', '质量强区建设实施方案'],
  ])('reads a 征求意见稿 mark %s', (placement, text, title) => {
    const { metadata } = parseDocument(text).document;
    expect(metadata).toMatchObject({ title, isConsultationDraft: true, consultationMark: { placement } });
    roundTrips(text);
  });

  it('does not take a text that starts with a clause for a title', () => {
    const { metadata, nodes } = parseDocument('一、总体要求\n为提高质量，制定本方案。\n').document;
    expect(metadata.title).toBeNull();
    expect(nodes).toHaveLength(1);
  });

  it('leaves a notice without its date to the body rather than guess', () => {
    const text = '沙府发〔2023〕52号\n关于印发方案的通知\n各部门：\n现印发给你们。\n一、总体要求\n';
    const { document } = parseDocument(text);
    expect(document.metadata).toMatchObject({ documentNumber: '沙府发〔2023〕52号', title: '关于印发方案的通知', date: null });
    expect(document.metadata.notice).toBeUndefined();
    roundTrips(text);
  });

  it('parses the empty text to an empty document', () => {
    const { document, normalizations } = parseDocument('');
    expect(document.nodes).toEqual([]);
    expect(document.metadata.title).toBeNull();
    expect(normalizations).toEqual([]);
    expect(renderDocument(document)).toBe('');
  });
});
