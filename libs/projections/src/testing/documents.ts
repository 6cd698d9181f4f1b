import type { DocNode, DocumentMetadata, NodeKind, PlanDocument } from '@planledger/documents';

export function docNode(id: string, kind: NodeKind, text: string, children: DocNode[] = [], responsibleUnits: string[] = []): DocNode {
  return { id, kind, text, responsibleUnits, children };
}

export function planDocument(nodes: DocNode[], metadata: Partial<DocumentMetadata> = {}): PlanDocument {
  return {
    metadata: {
      title: '沙坪坝区质量强区建设实施方案',
      issuingBody: '重庆市沙坪坝区人民政府',
      documentNumber: null,
      addressees: ['各镇人民政府', '各街道办事处', '区政府各部门'],
      date: null,
      publicationNote: null,
      isConsultationDraft: false,
      ...metadata,
    },
    nodes,
  };
}

/**
 * Excerpts of the 沙坪坝 plan: 一、总体要求 with its goals, 二、重点任务 with items in two
 * sections, each item with its 责任单位. Ids say where a node sits.
 */
export function qualityPlanDocument(): PlanDocument {
  return planDocument([
    docNode('preamble', 'paragraph', '为深入贯彻落实《质量强国建设纲要》精神，结合沙坪坝区实际，制定本实施方案。'),
    docNode('part-1', 'part', '总体要求', [
      docNode('section-1-1', 'section', '指导思想', [
        docNode('guiding-idea', 'paragraph', '以习近平新时代中国特色社会主义思想为指导，深入实施质量强国战略。'),
      ]),
      docNode('section-1-2', 'section', '主要目标', [
        docNode('goal-lead', 'paragraph', '到2027年，全区质量整体水平明显提升。'),
        docNode('goal-products', 'bullet', '产品、工程、服务质量水平稳步提升。食品抽检合格率达到95%以上。'),
      ]),
    ]),
    docNode('part-2', 'part', '重点任务', [
      docNode('section-2-1', 'section', '推动产业质量竞争力增强', [
        docNode('item-1', 'item', '增强产业基础质量支撑。加快产业基础高级化进程。', [], ['区经济信息委', '区科技局']),
        docNode('item-2', 'item', '提高产业质量竞争水平。推进质量、标准、品牌融合发展。', [], ['区市场监管局', '区发展改革委']),
      ]),
      docNode('section-2-2', 'section', '推动产品、工程、服务质量高端化发展', [
        docNode('item-3', 'item', '实施工业品质量升级工程。实施质量可靠性提升计划。', [], ['区市场监管局']),
      ]),
    ]),
  ]);
}
