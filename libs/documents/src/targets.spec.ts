import { documentTargets, nodeTargets } from './node-targets';
import { parseDocument } from './parse';
import { DRAFT_SEED, ISSUED_SEED } from './spec-support/seeds';
import { flatten } from './spec-support/structure';
import { extractTargets } from './targets';

const only = (text: string, context = {}) => {
  const targets = extractTargets(text, context);
  expect(targets).toHaveLength(1);
  return targets[0];
};

describe('extractTargets', () => {
  it.each([
    ['食品抽检合格率达到98.2%以上', '食品抽检合格率', '>=', 98.2, '%', '达到98.2%以上'],
    ['高新技术企业超570家', '高新技术企业', '>', 570, '家', '超570家'],
    ['重大建设工程竣工验收合格率保持100%', '重大建设工程竣工验收合格率', '=', 100, '%', '保持100%'],
    ['万元地区生产总值能耗控制在0.5吨以内', '万元地区生产总值能耗', '<=', 0.5, '吨', '控制在0.5吨以内'],
    ['安全事故起数控制在3起以下', '安全事故起数', '<=', 3, '起', '控制在3起以下'],
    ['比例达到35%', '比例', '>=', 35, '%', '达到35%'],
    ['新增参与制定（修订）国际标准1项以上', '新增参与制定（修订）国际标准', '>=', 1, '项', '1项以上'],
    ['行业标准和地方标准共20项以上', '行业标准和地方标准', '>=', 20, '项', '20项以上'],
    ['公共服务质量满意度达到82分', '公共服务质量满意度', '>=', 82, '分', '达到82分'],
    ['制造业质量竞争力指数达到92以上', '制造业质量竞争力指数', '>=', 92, null, '达到92以上'],
    ['不合格率低于1%', '不合格率', '<', 1, '%', '低于1%'],
    ['检测能力超过200项以上', '检测能力', '>', 200, '项', '超过200项以上'],
    ['力争实现产业营收超10亿元', '产业营收', '>', 10, '亿元', '超10亿元'],
    ['合格率达到９８．５％', '合格率', '>=', 98.5, '%', '达到９８．５％'],
  ])('reads %s', (text, indicator, comparator, value, unit, source) => {
    expect(only(text)).toEqual({ indicator, comparator, value, unit, year: null, source });
  });

  it('reads the year from the sentence, else from the context', () => {
    expect(only('到2027年，食品抽检合格率达到98.2%以上').year).toBe(2027);
    expect(only('力争2027年高新技术企业超570家').year).toBe(2027);
    expect(only('食品抽检合格率达到98.2%以上', { year: 2025 }).year).toBe(2025);
    expect(only('2025年完成。食品抽检合格率达到98.2%以上').year).toBeNull();
  });

  it('splits a 分别 list into one target per value', () => {
    expect(extractTargets('力争2027年高新技术企业和科技型企业分别超570家和7000家')).toEqual([
      { indicator: '高新技术企业', comparator: '>', value: 570, unit: '家', year: 2027, source: '超570家和7000家' },
      { indicator: '科技型企业', comparator: '>', value: 7000, unit: '家', year: 2027, source: '超570家和7000家' },
    ]);
    expect(extractTargets('生产领域和流通领域药品抽检合格率分别达到99.8%、99.5%以上').map((t) => [t.indicator, t.value, t.unit])).toEqual([
      ['生产领域药品抽检合格率', 99.8, '%'],
      ['流通领域药品抽检合格率', 99.5, '%'],
    ]);
  });

  it('reads counts that open with 新增/争创 and clauses that leave the verb out', () => {
    expect(extractTargets('新增参与制订（修订）国家标准1项、行业标准和地方标准共20项以上，争创市长质量管理奖1个。')
      .map((t) => [t.indicator, t.comparator, t.value, t.unit])).toEqual([
      ['新增参与制订（修订）国家标准', '>=', 1, '项'],
      ['行业标准和地方标准', '>=', 20, '项'],
      ['争创市长质量管理奖', '>=', 1, '个'],
    ]);
    expect(extractTargets('公共服务质量满意度达到82分，生活性服务业质量满意度81分，进入全市前列。').map((t) => [t.indicator, t.value])).toEqual([
      ['公共服务质量满意度', 82],
      ['生活性服务业质量满意度', 81],
    ]);
  });

  it.each([
    ['a year', '到2027年，全区质量整体水平明显提升'],
    ['an ordinal', '区政府十九届第69次常务会议审议通过'],
    ['a scale', '全力构建1000亿级智能网联新能源汽车产业集群'],
    ['a quoted name', '聚焦“335”现代制造业集群，按照“4+N”布局'],
    ['a date', '2023年12月25日'],
  ])('ignores %s', (_case, text) => {
    expect(extractTargets(text)).toEqual([]);
  });
});

describe('targets of the seeds', () => {
  const targetsOf = (text: string) => {
    const doc = parseDocument(text).document;
    const byId = documentTargets(doc);
    return flatten(doc.nodes).flatMap((node) => byId.get(node.id) ?? []);
  };

  it('finds the issued plan’s 17 targets, dated 2027 by the 到2027年 paragraph where the sentence does not say', () => {
    const targets = targetsOf(ISSUED_SEED);
    expect(targets).toHaveLength(17);
    expect(targets).toContainEqual({ indicator: '食品抽检合格率', comparator: '>=', value: 98.2, unit: '%', year: 2027, source: '达到98.2%以上' });
    expect(targets).toContainEqual(expect.objectContaining({ indicator: '科技型企业', comparator: '>', value: 7000, year: 2027 }));
    expect(targets).toContainEqual(expect.objectContaining({ indicator: '产业营收', value: 10, unit: '亿元', year: null }));
    expect(targets.filter((t) => t.year === 2027)).toHaveLength(16);
  });

  it('finds the consultation draft’s 13 targets', () => {
    const targets = targetsOf(DRAFT_SEED);
    expect(targets).toHaveLength(13);
    expect(targets.every((t) => t.year === 2027)).toBe(true);
    expect(targets).toContainEqual(expect.objectContaining({ indicator: '装配式建筑面积占新建建筑面积的比例', comparator: '>=', value: 35, unit: '%' }));
  });

  it('nodeTargets reads a node’s own text with the context given', () => {
    const node = { text: '——产品质量水平大幅跃升。食品抽检合格率达到98.2%以上。' };
    expect(nodeTargets(node, { year: 2027 })).toEqual([
      { indicator: '食品抽检合格率', comparator: '>=', value: 98.2, unit: '%', year: 2027, source: '达到98.2%以上' },
    ]);
  });
});
