import { diffDocuments } from '../diff-documents';
import { node, plan } from '../fixtures/plan-builders';
import { renderHtml } from './html';
import { renderUnified } from './unified';

const before = plan(
  [node('p', 'part', '主要目标', [node('b', 'bullet', '产品质量水平大幅跃升。食品抽检合格率达到98.2%以上。', [], ['区市场监管局'])])],
  { title: '质量强区建设实施方案', isConsultationDraft: true },
);
const after = plan(
  [node('p', 'part', '主要目标', [node('b', 'bullet', '产品质量水平稳步提升。食品抽检合格率达到95%以上<script>alert(1)</script>。', [], ['区市场监管局', '区农业农村委']), node('n', 'item', '新增条目 & 内容。')])],
  { title: '沙坪坝区质量强区建设实施方案', isConsultationDraft: false },
);
const diff = diffDocuments(before, after);

describe('renderUnified', () => {
  const text = renderUnified(diff);

  it('marks deletions and insertions inline, without colours by default', () => {
    expect(text).toContain('达到[-98.2%-]{+95%+}以上');
    expect(text).toContain('[-大幅跃升-]{+稳步提升+}');
    expect(text).not.toContain('\x1b[');
  });

  it('names the status, the clause and the departments that joined', () => {
    expect(text).toContain('[修改] 一、 产品质量水平稳步提升');
    expect(text).toContain('[新增] 一、1. 新增条目 & 内容');
    expect(text).toContain('责任单位：+区农业农村委');
    expect(text).toContain('标题：[-质量强区建设实施方案-]{+沙坪坝区质量强区建设实施方案+}');
  });

  it('colours deletions red and insertions green on request', () => {
    expect(renderUnified(diff, { color: true })).toContain('\x1b[31m[-98.2%-]\x1b[0m');
  });

  it('shortens a long unchanged stretch but keeps the text next to each edit', () => {
    const long = '推进质量基础设施建设'.repeat(20);
    const d = diffDocuments(plan([node('i', 'item', `${long}甲${long}`)]), plan([node('i', 'item', `${long}乙${long}`)]));
    const out = renderUnified(d, { context: 10 });
    expect(out).toContain('础设施建设[-甲-]{+乙+}推进质量基础');
    expect(out).toContain('…（略');
    expect(renderUnified(d, { context: 0 })).toContain(`${long}[-甲-]{+乙+}${long}`);
  });
});

describe('renderHtml', () => {
  const html = renderHtml(diff);

  it('is a standalone UTF-8 page', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<(script|link)\b/);
  });

  it('escapes document text and marks edits with del and ins on their own side', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('新增条目 &amp; 内容');
    expect(html).toContain('<del>98.2%</del>');
    expect(html).toContain('<ins>95%</ins>');
  });
});
