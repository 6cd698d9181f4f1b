/**
 * The shared shape of a Chinese official document (GB/T 9704 headings, or the article structure of
 * regulations). Pure data: parsers produce it, the plan stream stores it flattened, diffs compare it.
 *
 * Identity is `id`, never the number: numbering is rendered from a node's kind and position.
 */

/** Node kinds, by the marker that introduces them in the text. */
export type NodeKind =
  | 'part' //      一、总体要求              (level 1 of a plan)
  | 'section' //   （一）指导思想             (level 2)
  | 'item' //      1. 增强…。 — first sentence is the title (level 3)
  | 'subitem' //   （1）…                     (level 4)
  | 'chapter' //   第一章 总则                (regulations)
  | 'division' //  第一节 …                   (regulations, 节)
  | 'article' //   第一条 …                   (regulations, 条)
  | 'paragraph' // unnumbered text
  | 'bullet'; //   ——产业质量竞争力持续增强。…

export const NODE_KINDS: readonly NodeKind[] = [
  'part', 'section', 'item', 'subitem', 'chapter', 'division', 'article', 'paragraph', 'bullet',
];

/** How a numeric target compares: 达到…以上 is '>=', 超… is '>', 保持… is '=', 控制在…以内 is '<='. */
export type Comparator = '>=' | '>' | '=' | '<=' | '<';

/** A numeric goal written inline, e.g. 食品抽检合格率达到98.2%以上 (by 2027). */
export interface NumericTarget {
  /** What is measured, e.g. 食品抽检合格率. */
  indicator: string;
  comparator: Comparator;
  value: number;
  /** '%', '家', '项', '分', '亿元'… or null for a bare number. */
  unit: string | null;
  /** The year the target is for (到2027年…), when the text says so. */
  year: number | null;
  /** The exact source text of the target, e.g. 达到98.2%以上. */
  source: string;
}

export interface DocumentMetadata {
  /** The plan's title, e.g. 沙坪坝区质量强区建设实施方案 (without the （征求意见稿） mark). */
  title: string | null;
  /** 发文机关, e.g. 重庆市沙坪坝区人民政府. */
  issuingBody: string | null;
  /** 发文字号, e.g. 沙府发〔2023〕52号. */
  documentNumber: string | null;
  /** 主送机关, e.g. ['各镇人民政府', '各街道办事处', '区政府各部门', …]. */
  addressees: string[];
  /** 成文日期 as ISO yyyy-mm-dd. */
  date: string | null;
  /** e.g. 此件公开发布 */
  publicationNote: string | null;
  /** The text is marked 征求意见稿. */
  isConsultationDraft: boolean;
  /** The issuing notice wrapped around an issued plan (关于印发…的通知), kept whole so nothing is lost. */
  notice?: IssuingNotice;
  /** How the 征求意见稿 mark was printed and where; absent means （征求意见稿） on the line below the title. */
  consultationMark?: ConsultationMark;
  /** The 发文机关标志 stood above the 发文字号 (red-head layout); the default is the number first, as in the seeds. */
  issuingBodyFirst?: boolean;
}

/** 关于印发…的通知: the notice that issues a plan, between the document number and the plan itself. */
export interface IssuingNotice {
  /** The notice title as printed, one entry per line, e.g. ['关于印发…实施方案的', '通   知']. */
  titleLines: string[];
  /**
   * 主送机关 as printed: groups separated by '，', names within a group by '、'. Rendering uses it
   * while its names still equal `metadata.addressees`, else joins the addressees with '、'.
   */
  addresseeGroups: string[][];
  /** The notice's own paragraphs (…现印发给你们，请认真贯彻落实。). */
  body: string[];
  /** 落款: the signing body above the date, e.g. 重庆市沙坪坝区人民政府. */
  signature: string | null;
}

export interface ConsultationMark {
  /** The mark as printed, e.g. （征求意见稿）. */
  text: string;
  placement: 'above-title' | 'below-title' | 'title-suffix';
}

export interface DocNode {
  id: string;
  kind: NodeKind;
  /**
   * The node's own text without its number marker and without the responsible-unit list.
   * Part/section/chapter: the heading. Item/article: the whole first paragraph (its first
   * sentence is the title). Paragraph/bullet: the line without the —— marker.
   */
  text: string;
  /** 责任单位 listed after the node, in order; [] when none. */
  responsibleUnits: string[];
  /** The list's label when it is not 责任单位, e.g. 牵头单位 or 责任部门. */
  responsibleUnitsLabel?: string;
  children: DocNode[];
}

export interface Normalization {
  /** A stable code, e.g. 'WORD_ARTIFACT_REMOVED', 'DOUBLED_PUNCTUATION', 'HALF_WIDTH_BRACKETS'. */
  code: string;
  /** 1-based line in the input. */
  line: number;
  before: string;
  after: string;
}

/**
 * Which sequence a node's number counts in: its parent's children ('parent'), everything under its
 * top-level ancestor ('topLevel', e.g. items running on across the sections of a part), or the whole
 * document ('document', e.g. articles across chapters).
 */
export type NumberingScope = 'parent' | 'topLevel' | 'document';

export interface PlanDocument {
  metadata: DocumentMetadata;
  /** Top-level nodes, in order. */
  nodes: DocNode[];
  /**
   * Numbering scopes that differ from the default (articles: 'document'; every other kind:
   * 'parent'). Both seeds number items on through a part: { item: 'topLevel' }.
   */
  numbering?: Partial<Record<NodeKind, NumberingScope>>;
}
