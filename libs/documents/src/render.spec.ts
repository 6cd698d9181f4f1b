import { emptyMetadata } from './front-matter';
import type { DocNode, PlanDocument } from './model';
import { numberNodes, renderNumber } from './numbering';
import { parseDocument } from './parse';
import { renderDocument } from './render';
import { nodeTitle } from './render-node';
import { ISSUED_SEED } from './spec-support/seeds';

const node = (id: string, kind: DocNode['kind'], text: string, children: DocNode[] = []): DocNode => ({
  id, kind, text, responsibleUnits: [], children,
});

describe('renderNumber', () => {
  it.each([
    ['part', 1, '一、'], ['part', 11, '十一、'], ['section', 2, '（二）'], ['item', 12, '12.'], ['subitem', 3, '（3）'],
    ['chapter', 1, '第一章'], ['division', 2, '第二节'], ['article', 101, '第一百零一条'], ['paragraph', 1, ''], ['bullet', 4, '——'],
  ] as const)('renders %s %i as %p', (kind, index, expected) => {
    expect(renderNumber(kind, index)).toBe(expected);
  });
});

describe('nodeTitle', () => {
  it.each([
    ['增强产业基础质量支撑。加快产业基础高级化进程。', '增强产业基础质量支撑'],
    ['总体要求', '总体要求'],
    ['主要目标：', '主要目标'],
    ['', ''],
  ])('of %p is %p', (text, title) => {
    expect(nodeTitle({ text })).toBe(title);
  });
});

describe('renderDocument', () => {
  it('numbers from position, so moving an item renumbers its neighbours and keeps ids', () => {
    const { document } = parseDocument(ISSUED_SEED);
    const tasks = document.nodes[2].children[0];
    const [first, second] = tasks.children;
    const moved: PlanDocument = {
      ...document,
      nodes: document.nodes.map((part) =>
        part !== document.nodes[2] ? part : { ...part, children: [{ ...tasks, children: [second, first, ...tasks.children.slice(2)] }, ...part.children.slice(1)] },
      ),
    };
    const numbers = numberNodes(moved);
    expect([numbers.get(second.id), numbers.get(first.id)]).toEqual(['1.', '2.']);
    expect(renderDocument(moved)).toContain(`1.${second.text}`);
    expect(renderDocument(moved)).toContain(`2.${first.text}`);
  });

  it('renders a document built in code, with the default 征求意见稿 mark and a unit label', () => {
    const units: DocNode = { ...node('c', 'item', '加强监管。'), responsibleUnits: ['区教委', '区科技局'], responsibleUnitsLabel: '牵头单位' };
    const doc: PlanDocument = {
      metadata: { ...emptyMetadata(), title: '质量工作方案', isConsultationDraft: true },
      nodes: [node('a', 'part', '总体要求', [node('b', 'section', '主要任务', [units, node('d', 'item', '2027年前完成。')])]), node('e', 'paragraph', '')],
    };
    expect(renderDocument(doc)).toBe(
      '质量工作方案\n（征求意见稿）\n一、总体要求\n（一）主要任务\n1.加强监管。（牵头单位：区教委、区科技局）\n2. 2027年前完成。\n',
    );
    expect(renderDocument(parseDocument(renderDocument(doc)).document)).toBe(renderDocument(doc));
  });

  it('joins addressees with 、 once they no longer match the printed groups', () => {
    const { document } = parseDocument(ISSUED_SEED);
    const edited: PlanDocument = { ...document, metadata: { ...document.metadata, addressees: ['各镇人民政府', '有关单位'] } };
    expect(renderDocument(edited)).toContain('\n各镇人民政府、有关单位：\n');
  });

  it('renders articles with a full-width space and numbers them through the document', () => {
    const doc: PlanDocument = {
      metadata: emptyMetadata(),
      nodes: [node('a', 'chapter', '总则', [node('b', 'article', '甲。')]), node('c', 'chapter', '附则', [node('d', 'article', '乙。')])],
    };
    expect(renderDocument(doc)).toBe('第一章\u3000总则\n第一条\u3000甲。\n第二章\u3000附则\n第二条\u3000乙。\n');
  });
});
