import { diffDocuments } from './diff-documents';
import { node, plan } from './fixtures/plan-builders';
import type { NodeChange } from './model';

const find = (changes: NodeChange[], id: string) => changes.filter((c) => c.before?.id === id || c.after?.id === id);

describe('diffDocuments on hand-built plans', () => {
  const farm = '实施农产品质量提升工程。完善农产品质量安全监管、检测、追溯体系，推行承诺达标合格证制度。';
  const food = '实施食品药品质量安全提升工程。严格落实“四个最严”要求，坚持党政同责，加强全主体、全品种、全链条监管。';
  const merged =
    '实施农产品食品药品质量提升工程。完善农产品质量安全监管、检测、追溯体系，推行承诺达标合格证制度。严格落实“四个最严”要求，坚持党政同责，加强全主体、全品种、全链条监管。';
  const brand = '加强质量品牌推广。建立企业自我保护、行政保护、司法保护“三位一体”的品牌保护体系。';

  it('reports two items folded into one as merged, each naming the other', () => {
    const before = plan([node('p', 'part', '重点任务', [node('a', 'item', farm), node('b', 'item', food), node('c', 'item', brand)])]);
    const after = plan([node('p2', 'part', '重点任务', [node('m', 'item', merged), node('c2', 'item', brand)])]);
    const diff = diffDocuments(before, after, { match: 'content' });
    const mergedChanges = diff.changes.filter((c) => c.status === 'merged');
    expect(mergedChanges.map((c) => [c.before!.id, c.after!.id]).sort()).toEqual([['a', 'm'], ['b', 'm']]);
    for (const change of mergedChanges) expect(change.related).toHaveLength(1);
    expect(find(diff.changes, 'c')[0].status).toBe('renumbered');
    expect(diff.summary.removed + diff.summary.added).toBe(0);
  });

  it('reports one item carved into two as split', () => {
    const before = plan([node('p', 'part', '重点任务', [node('m', 'item', merged)])]);
    const after = plan([node('p', 'part', '重点任务', [node('a', 'item', farm), node('b', 'item', food)])]);
    const diff = diffDocuments(before, after, { match: 'content' });
    expect(diff.changes.map((c) => [c.status, c.before?.id, c.after?.id])).toEqual([
      ['unchanged', 'p', 'p'],
      ['split', 'm', 'a'],
      ['split', 'm', 'b'],
    ]);
  });

  it('gives each change its number, title and the numbers of its ancestors', () => {
    const before = plan([node('p1', 'part', '总体要求'), node('p2', 'part', '重点任务', [node('s1', 'section', '推动产业质量竞争力增强', [node('i1', 'item', brand)])])]);
    const after = plan([node('p1', 'part', '总体要求'), node('p2', 'part', '重点任务', [node('s0', 'section', '深入开展质量品牌建设'), node('s1', 'section', '推动产业质量竞争力增强', [node('i1', 'item', brand)])])]);
    const [change] = find(diffDocuments(before, after).changes, 'i1');
    expect(change.status).toBe('unchanged');
    expect(change.after).toEqual({ id: 'i1', kind: 'item', number: '1.', title: '加强质量品牌推广', path: ['二、', '（二）', '1.'] });
    expect(change.before!.path).toEqual(['二、', '（一）', '1.']);
    expect(find(diffDocuments(before, after).changes, 's1')[0].status).toBe('renumbered');
  });

  it('numbers items on through a part when the document says so', () => {
    const numbering = { item: 'topLevel' as const };
    const doc = (items: string[][]) => ({
      ...plan([node('p', 'part', '重点任务', items.map((ids, s) => node(`s${s}`, 'section', `第${s}节标题`, ids.map((id) => node(id, 'item', `条目${id}的内容。`)))))]),
      numbering,
    });
    const before = doc([['a', 'b'], ['c']]);
    const after = doc([['a', 'x', 'b'], ['c']]);
    const diff = diffDocuments(before, after);
    expect(find(diff.changes, 'c')[0]).toMatchObject({ status: 'renumbered', before: { number: '3.' }, after: { number: '4.' } });
    expect(diff.summary).toMatchObject({ added: 1, renumbered: 2, unchanged: 4 });
  });

  it('reports an item moved to another section as moved, with its old and new path', () => {
    const before = plan([node('p', 'part', '重点任务', [node('s1', 'section', '产品质量', [node('i', 'item', farm)]), node('s2', 'section', '品牌建设', [node('j', 'item', brand)])])]);
    const after = plan([node('p', 'part', '重点任务', [node('s1', 'section', '产品质量'), node('s2', 'section', '品牌建设', [node('j', 'item', brand), node('i', 'item', farm)])])]);
    for (const match of ['identity', 'content'] as const) {
      const [change] = find(diffDocuments(before, after, { match }).changes, 'i');
      expect(change).toMatchObject({ status: 'moved', before: { path: ['一、', '（一）', '1.'] }, after: { path: ['一、', '（二）', '2.'] } });
    }
  });

  it('lists a removed item where it stood in the before text', () => {
    const before = plan([node('p', 'part', '重点任务', [node('a', 'item', farm), node('b', 'item', food), node('c', 'item', brand)])]);
    const after = plan([node('p', 'part', '重点任务', [node('a', 'item', farm), node('c', 'item', brand)])]);
    const diff = diffDocuments(before, after);
    expect(diff.changes.map((c) => `${c.status}:${(c.before ?? c.after)!.id}`)).toEqual([
      'unchanged:p', 'unchanged:a', 'removed:b', 'renumbered:c',
    ]);
    expect(diff.changes[2].inline).toEqual([{ op: 'delete', text: food }]);
  });

  it('reports departments that joined or left an item', () => {
    const before = plan([node('i', 'item', brand, [], ['区市场监管局', '区经济信息委'])]);
    const after = plan([node('i', 'item', brand, [], ['区市场监管局', '区法院', '区检察院'])]);
    const [change] = diffDocuments(before, after).changes;
    expect(change.status).toBe('modified');
    expect(change.textChanged).toBe(false);
    expect(change.responsibleUnits).toEqual({
      before: ['区市场监管局', '区经济信息委'],
      after: ['区市场监管局', '区法院', '区检察院'],
      added: ['区法院', '区检察院'],
      removed: ['区经济信息委'],
    });
  });

  it('reports the metadata fields that changed', () => {
    const before = plan([], { title: '质量强区建设实施方案', isConsultationDraft: true });
    const after = plan([], {
      title: '沙坪坝区质量强区建设实施方案',
      documentNumber: '沙府发〔2023〕52号',
      addressees: ['各镇人民政府', '各街道办事处'],
      date: '2023-12-25',
    });
    expect(diffDocuments(before, after).metadata).toEqual([
      { field: 'title', before: '质量强区建设实施方案', after: '沙坪坝区质量强区建设实施方案' },
      { field: 'documentNumber', before: null, after: '沙府发〔2023〕52号' },
      { field: 'addressees', before: [], after: ['各镇人民政府', '各街道办事处'] },
      { field: 'date', before: null, after: '2023-12-25' },
      { field: 'isConsultationDraft', before: true, after: false },
    ]);
  });

  it('pairs a line whose marker changed kind, as moved', () => {
    const goal = '工程质量水平稳步提升。装配式建筑面积占新建建筑面积的比例达到35%，城镇新建绿色建筑占比达到100%。';
    const before = plan([node('p', 'part', '主要目标', [node('b', 'bullet', goal)])]);
    const after = plan([node('p', 'part', '主要目标', [node('b2', 'paragraph', `—${goal}`)])]);
    const [, change] = diffDocuments(before, after, { match: 'content' }).changes;
    expect(change).toMatchObject({ status: 'moved', before: { kind: 'bullet' }, after: { kind: 'paragraph' }, textChanged: true });
  });

  it('falls back to content for nodes whose ids are new in identity mode', () => {
    const before = plan([node('a', 'item', farm), node('b', 'item', food)]);
    const after = plan([node('a', 'item', farm), node('b-recreated', 'item', food.replace('坚持', '始终坚持'))]);
    const diff = diffDocuments(before, after);
    expect(find(diff.changes, 'b')[0]).toMatchObject({ status: 'modified', after: { id: 'b-recreated' } });
    expect(find(diff.changes, 'b')[0].inline).toContainEqual({ op: 'insert', text: '始终' });
  });
});
