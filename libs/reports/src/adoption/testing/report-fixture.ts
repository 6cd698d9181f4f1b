import type { DocNode, NodeKind, PlanDocument } from '@planledger/documents';
import type { AdoptionReportInput, ReportComment } from '../report-types';

/** A small plan shaped like the seeds, for the report specs. */
const node = (id: string, kind: NodeKind, text: string, children: DocNode[] = []): DocNode => ({
  id,
  kind,
  text,
  responsibleUnits: [],
  children,
});

export function smallPlan(overrides: Record<string, string | null> = {}): PlanDocument {
  const text = (id: string, original: string) => (id in overrides ? overrides[id] : original);
  const keep = (nodes: (DocNode | null)[]) => nodes.filter((n): n is DocNode => n !== null);
  const maybe = (id: string, kind: NodeKind, original: string, children: DocNode[] = []) => {
    const value = text(id, original);
    return value === null ? null : node(id, kind, value, children);
  };
  return {
    metadata: {
      title: '质量强区建设实施方案',
      issuingBody: null,
      documentNumber: null,
      addressees: [],
      date: null,
      publicationNote: null,
      isConsultationDraft: true,
    },
    numbering: { item: 'topLevel' },
    nodes: keep([
      maybe('preamble', 'paragraph', '为全面提高我区质量总体水平，制定本实施方案。'),
      node('part-1', 'part', '总体要求', [
        node('sec-1-1', 'section', '指导思想', [node('para-guiding', 'paragraph', '以推动高质量发展为主题。')]),
        node('sec-1-2', 'section', '主要目标', keep([
          maybe('goal-1', 'bullet', '产业质量竞争力明显增强。'),
          maybe('goal-2', 'bullet', '产品质量水平大幅跃升。食品抽检合格率达到98.2%以上。'),
        ])),
      ]),
      node('part-2', 'part', '重点任务', [
        node('sec-2-1', 'section', '持续增强产业质量竞争力', keep([
          maybe('item-1', 'item', '强化产业基础质量支撑。推动核心技术自主化。'),
          maybe('item-2', 'item', '提高产业质量竞争水平。持续培育质量品牌。'),
        ])),
        node('sec-2-2', 'section', '加快推动产品质量提档升级', keep([
          maybe('item-3', 'item', '实施农产品质量提升工程。推进化学农药减量化。', [
            node('sub-3-1', 'subitem', '完善农产品质量安全追溯体系。'),
          ]),
        ])),
      ]),
    ]),
  };
}

export function comment(
  commentId: string,
  departmentId: string,
  nodeId: string,
  text: string,
  options: Partial<ReportComment> = {},
): ReportComment {
  return {
    commentId,
    departmentId,
    anchor: { nodeId, range: null, quote: '' },
    text,
    submittedAt: '2024-03-05T02:00:00.000Z',
    withdrawn: false,
    disposition: null,
    ...options,
  };
}

export const departments = [
  { id: '区教委', name: '区教委' },
  { id: '区交通局', name: '区交通局' },
  { id: '区农业农村委', name: '区农业农村委' },
  { id: '区民政局', name: '区民政局' },
];

export function reportInput(comments: ReportComment[], overrides: Partial<AdoptionReportInput> = {}): AdoptionReportInput {
  return {
    round: { roundNumber: 1, noObjectionDepartmentIds: ['区民政局'] },
    consultationDocument: smallPlan(),
    latestDocument: smallPlan({ 'item-3': '实施农产品质量提升工程。推进化学农药减量化，到2027年使用量减少5%。', 'goal-1': null }),
    comments,
    departments,
    ...overrides,
  };
}
