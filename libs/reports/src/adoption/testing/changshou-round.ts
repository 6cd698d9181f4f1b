import type { ConsultationActor, DispositionKind } from '@planledger/domain';

/**
 * The whole-round scenario on the real 征求意见稿 (seeds/001_…): five departments invited, four
 * send twenty comments, 区教委 stays silent. Each comment names its clause by the start of the
 * clause text and quotes words of the frozen text (null: the whole clause).
 */
export const FAGAI = '区发展改革委';
export const JINGXIN = '区经济信息委';
export const NONGYE = '区农业农村委';
export const ZHUJIAN = '区住房城乡建委';
export const JIAOWEI = '区教委';
export const INVITED = [FAGAI, JINGXIN, NONGYE, ZHUJIAN, JIAOWEI];

export const drafter: ConsultationActor = { userId: 'u-drafter', departmentId: '区市场监管局', roles: ['drafter'] };
export const coordinator: ConsultationActor = { userId: 'u-coordinator', departmentId: '区政府办', roles: ['coordinator'] };
export const clerkOf = (departmentId: string): ConsultationActor => ({ userId: `u-${departmentId}`, departmentId, roles: [] });

/** Monday 2024-03-04, 10:00 Beijing time; a 规范性文件 opened then may close 2024-03-13 at the earliest. */
export const OPENED_AT = '2024-03-04T02:00:00.000Z';
export const DEADLINE = '2024-03-13';
/** 2024-03-14 00:00 Beijing time: the deadline has passed. */
export const DEADLINE_PASSED = '2024-03-13T16:00:00.000Z';

export interface ScenarioComment {
  id: string;
  department: string;
  clause: string;
  quote: string | null;
  text: string;
  disposition: DispositionKind;
  reason?: string;
}

export const COMMENTS: ScenarioComment[] = [
  { id: 'c01', department: FAGAI, clause: '为全面提高', quote: '《质量强国建设纲要》、《质量强市建设实施方案》', text: '书名号之间不加顿号，建议删除“、”。', disposition: 'adopted' },
  { id: 'c02', department: FAGAI, clause: '到2027年，全区', quote: '迈入全市前列', text: '建议改为“力争迈入全市前列”。', disposition: 'adopted' },
  { id: 'c03', department: JINGXIN, clause: '产业质量竞争力明显增强', quote: '制造业质量竞争力指数达到92以上', text: '建议将指数目标提高到93以上。', disposition: 'notAdopted', reason: '92为市级下达的目标值，保持一致' },
  { id: 'c04', department: NONGYE, clause: '产品质量水平大幅跃升', quote: '农产品质量安全例行监测合格率达到98.3%以上', text: '建议提高到98.5%以上。', disposition: 'partlyAdopted', reason: '结合近三年监测水平，调整为98.4%以上' },
  { id: 'c05', department: ZHUJIAN, clause: '工程质量水平稳步提升', quote: null, text: '建议增加工程质量投诉处理率指标。', disposition: 'notAdopted', reason: '该指标已纳入行业专项规划，本方案不再重复' },
  { id: 'c06', department: ZHUJIAN, clause: '工程质量水平稳步提升', quote: '装配式建筑面积占新建建筑面积的比例达到35%', text: '建议补充“以上”。', disposition: 'adopted' },
  { id: 'c07', department: JINGXIN, clause: '强化产业基础质量支撑', quote: '钢铁冶金两大支柱产业高端化、智能化、绿色化转型', text: '建议增加“数字化”。', disposition: 'adopted' },
  { id: 'c08', department: JINGXIN, clause: '提高产业质量竞争水平', quote: null, text: '建议增加“增品种、提品质、创品牌”内容。', disposition: 'alreadyCovered', reason: '第8条已有相关表述' },
  { id: 'c09', department: FAGAI, clause: '融入成渝地区双城经济圈', quote: '长寿区彭州市联动联建合作机制', text: '建议核实合作城市名称。', disposition: 'notAdopted', reason: '经核实，两地已签订合作协议，表述准确' },
  { id: 'c10', department: NONGYE, clause: '实施农产品质量提升工程', quote: '推进化学农药减量化', text: '建议明确到2027年化学农药使用量减少5%。', disposition: 'adopted' },
  { id: 'c11', department: NONGYE, clause: '实施农产品质量提升工程', quote: '中药产等特色产业', text: '“中药产”表述不完整，建议改为“中药材”。', disposition: 'adopted' },
  { id: 'c12', department: NONGYE, clause: '实施食品药品质量安全提升工程', quote: null, text: '建议增加校园食品安全内容。', disposition: 'partlyAdopted', reason: '校园食品安全纳入第13条餐饮监管内容' },
  { id: 'c13', department: JINGXIN, clause: '实施消费品质量升级工程', quote: '顺应消费升级趋势,推动企业', text: '半角逗号应改为全角逗号。', disposition: 'adopted' },
  { id: 'c14', department: JINGXIN, clause: '实施工业品质量升级工程', quote: '增强制造业的整体竞争优势\u00a0。', text: '删除句号前多余的空格（原文为不换行空格）。', disposition: 'adopted' },
  { id: 'c15', department: ZHUJIAN, clause: '打造长寿建造升级版', quote: '积极争创李春奖、大禹奖、巴渝杯、三峡杯', text: '建议增加“鲁班奖”。', disposition: 'adopted' },
  { id: 'c16', department: FAGAI, clause: '塑造长寿质量品牌', quote: '培育一个知名度高的农产品区域公用品牌', text: '建议改为“培育1—2个”。', disposition: 'notAdopted', reason: '集中培育一个区域公用品牌更利于形成合力' },
  { id: 'c17', department: JINGXIN, clause: '加快质量数字化建设', quote: null, text: '建议增加“工业互联网标识解析”内容。', disposition: 'alreadyCovered', reason: '“上云上平台”计划已涵盖' },
  { id: 'c18', department: NONGYE, clause: '优化质量安全监管效能', quote: '互联网十监管', text: '“互联网十监管”应为“互联网+监管”。', disposition: 'adopted' },
  { id: 'c19', department: ZHUJIAN, clause: '加强对外质量交流合作', quote: null, text: '本条与第4条内容重复，建议删除。', disposition: 'adopted' },
  { id: 'c20', department: FAGAI, clause: '健全质量政策制度', quote: '将质量工作经费纳入各级财政预算', text: '建议改为“纳入区级财政预算”。', disposition: 'partlyAdopted', reason: '调整为“区、镇（街道）两级”' },
];

/** Submitted after the deadline with permission. */
export const LATE_COMMENT_ID = 'c20';
/** Submitted, then withdrawn by its department before the close. */
export const WITHDRAWN: ScenarioComment = {
  id: 'c21', department: JINGXIN, clause: '构建多元治理新局面', quote: null, text: '建议增加行业协会内容。', disposition: 'adopted',
};
