import type { DocNode } from './model';
import { normalizeText } from './normalize';
import { numberNodes } from './numbering';
import { parseDocument } from './parse';
import { renderDocument } from './render';
import { nodeTitle } from './render-node';
import { DRAFT_SEED, ISSUED_SEED } from './spec-support/seeds';
import { countKinds, flatten } from './spec-support/structure';

const itemTitled = (nodes: readonly DocNode[], title: string) => flatten(nodes).find((node) => node.kind === 'item' && nodeTitle(node) === title);

describe('the issued plan (seed 000, 沙坪坝区)', () => {
  const { document, normalizations } = parseDocument(ISSUED_SEED);
  const numbers = numberNodes(document);

  it('reads the issuing notice into the metadata', () => {
    expect(document.metadata).toEqual({
      title: '沙坪坝区质量强区建设实施方案',
      issuingBody: '重庆市沙坪坝区人民政府',
      documentNumber: '沙府发〔2023〕52号',
      addressees: ['各镇人民政府', '各街道办事处', '区政府各部门', '各人民团体', '有关单位'],
      date: '2023-12-25',
      publicationNote: '此件公开发布',
      isConsultationDraft: false,
      notice: {
        titleLines: ['关于印发沙坪坝区质量强区建设实施方案的', '通   知'],
        addresseeGroups: [['各镇人民政府', '各街道办事处'], ['区政府各部门'], ['各人民团体'], ['有关单位']],
        body: ['《沙坪坝区质量强区建设实施方案》已经区政府十九届第69次常务会议审议通过，现印发给你们，请认真贯彻落实。'],
        signature: '重庆市沙坪坝区人民政府',
      },
    });
  });

  it('has 3 parts, 11 sections, 22 items, 4 goal bullets and 4 paragraphs', () => {
    expect(countKinds(document.nodes)).toEqual({ paragraph: 4, part: 3, section: 11, item: 22, bullet: 4 });
    expect(document.nodes.filter((node) => node.kind === 'part').map((part) => part.children.length)).toEqual([2, 6, 3]);
  });

  it('numbers items on through the sections of a part', () => {
    expect(document.numbering).toEqual({ item: 'topLevel' });
    const item = itemTitled(document.nodes, '实施工业品质量升级工程');
    expect(item && numbers.get(item.id)).toBe('5.');
    expect(flatten(document.nodes).filter((node) => node.kind === 'item').map((node) => numbers.get(node.id))).toEqual(
      Array.from({ length: 22 }, (_, k) => `${k + 1}.`),
    );
  });

  it('splits 22 responsible-unit lists off the items', () => {
    const items = flatten(document.nodes).filter((node) => node.kind === 'item');
    expect(items.filter((node) => node.responsibleUnits.length > 0)).toHaveLength(22);
    expect(items[0].responsibleUnits).toEqual(['区经济信息委', '区科技局', '区市场监管局']);
    expect(items[21].responsibleUnits).toEqual(['区市场监管局', '区教委', '团区委']);
    expect(items.some((node) => node.text.includes('责任单位'))).toBe(false);
  });

  it('keeps headings and item titles', () => {
    const [preamble, general] = document.nodes;
    expect(preamble.kind).toBe('paragraph');
    expect(general.text).toBe('总体要求');
    expect(general.children.map(nodeTitle)).toEqual(['指导思想', '主要目标']);
    expect(nodeTitle(flatten(document.nodes).filter((node) => node.kind === 'item')[0])).toBe('增强产业基础质量支撑');
    expect(general.children[1].children.map((node) => node.kind)).toEqual(['paragraph', 'bullet', 'bullet', 'bullet', 'bullet', 'paragraph']);
  });

  it('renders back to its normal form exactly', () => {
    expect(renderDocument(document)).toBe(normalizeText(ISSUED_SEED));
    expect(normalizations.map((n) => n.code)).not.toContain('RENUMBERED');
  });

  it('keeps the space inside 质量分级分类 监管 as content', () => {
    expect(flatten(document.nodes).some((node) => node.text.includes('质量分级分类 监管'))).toBe(true);
  });
});

describe('the consultation draft (seed 001, 长寿区)', () => {
  const { document, normalizations } = parseDocument(DRAFT_SEED);
  const numbers = numberNodes(document);

  it('is marked as a consultation draft under its title', () => {
    expect(document.metadata).toEqual({
      title: '质量强区建设实施方案',
      issuingBody: null,
      documentNumber: null,
      addressees: [],
      date: null,
      publicationNote: null,
      isConsultationDraft: true,
      consultationMark: { text: '（征求意见稿）', placement: 'below-title' },
    });
  });

  it('has 3 parts, 13 sections, 30 items, 6 goal bullets, 4 paragraphs and no responsible units', () => {
    expect(countKinds(document.nodes)).toEqual({ paragraph: 4, part: 3, section: 13, item: 30, bullet: 6 });
    expect(document.nodes.filter((node) => node.kind === 'part').map((part) => part.children.length)).toEqual([2, 7, 4]);
    expect(flatten(document.nodes).every((node) => node.responsibleUnits.length === 0)).toBe(true);
  });

  it('numbers 实施工业品质量升级工程 as item 8', () => {
    const item = itemTitled(document.nodes, '实施工业品质量升级工程');
    expect(item && numbers.get(item.id)).toBe('8.');
  });

  it('records the Word artifact and the doubled punctuation, and keeps the typo', () => {
    expect(normalizations).toContainEqual(expect.objectContaining({ code: 'WORD_ARTIFACT_REMOVED', line: 13 }));
    expect(normalizations.filter((n) => n.code === 'DOUBLED_PUNCTUATION')).toHaveLength(2);
    expect(flatten(document.nodes).some((node) => node.text.includes('互联网十监管'))).toBe(true);
    expect(flatten(document.nodes).some((node) => node.text.includes('[bookmark'))).toBe(false);
  });

  it('renders back to its normal form exactly', () => {
    expect(renderDocument(document)).toBe(normalizeText(DRAFT_SEED));
  });
});

describe('ids', () => {
  it('are n1, n2, … in document order, the same on every parse', () => {
    const first = flatten(parseDocument(ISSUED_SEED).document.nodes).map((node) => node.id);
    expect(first.slice(0, 4)).toEqual(['n1', 'n2', 'n3', 'n4']);
    expect(flatten(parseDocument(ISSUED_SEED).document.nodes).map((node) => node.id)).toEqual(first);
  });

  it('come from newId when given', () => {
    let next = 0;
    const ids = flatten(parseDocument(DRAFT_SEED, { newId: () => `clause-${++next}` }).document.nodes).map((node) => node.id);
    expect(ids[0]).toBe('clause-1');
    expect(new Set(ids).size).toBe(ids.length);
  });
});
