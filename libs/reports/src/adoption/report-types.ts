/**
 * Inputs and output of the adoption report (意见采纳情况表). The inputs are structural: the
 * consultation views of `@planledger/domain` (round state, ConsultationComment, the 无意见 answers)
 * fit them as they are, and the report depends on no domain module.
 */
import type { PlanDocument } from '@planledger/documents';

export type ReportDispositionKind = 'adopted' | 'partlyAdopted' | 'notAdopted' | 'alreadyCovered';

export interface ReportRound {
  roundNumber: number;
  /** Departments recorded as 逾期未反馈，视为无意见 when the round closed. */
  noObjectionDepartmentIds: readonly string[];
}

export interface ReportComment {
  commentId: string;
  departmentId: string;
  anchor: { nodeId: string; range: { start: number; end: number } | null; quote: string };
  text: string;
  submittedAt: string;
  withdrawn: boolean;
  disposition: { disposition: ReportDispositionKind; reason: string | null } | null;
}

export interface ReportDepartment {
  id: string;
  name: string;
}

export interface AdoptionReportInput {
  round: ReportRound;
  /** The frozen 征求意见稿 the comments were made on. */
  consultationDocument: PlanDocument;
  /** The latest (or issued) text, for 修改后文本. */
  latestDocument: PlanDocument;
  comments: readonly ReportComment[];
  departments: readonly ReportDepartment[];
  /** Departments that answered 无意见 themselves. */
  noObjectionAnswers?: readonly { departmentId: string }[];
}

export interface AdoptionReportRow {
  /** 序号, from 1. */
  number: number;
  /** 条款: the clause's number path in the consultation version, e.g. 二、（二）5. */
  clause: string;
  /** 原文: the quoted words, or the clause's text for a comment on the whole clause. */
  original: string;
  /** 意见建议 */
  comment: string;
  /** 提出单位 */
  department: string;
  /** 采纳情况: 采纳 / 部分采纳 / 不采纳 / 已有体现, or 尚未处理. */
  disposition: string;
  /** 理由 ('' when none was given). */
  reason: string;
  /** 修改后文本: the clause's text in the latest version, or 已删除. */
  revisedText: string;
  commentId: string;
  nodeId: string;
}

export interface DispositionCounts {
  /** Comments received and not withdrawn. */
  total: number;
  adopted: number;
  partlyAdopted: number;
  notAdopted: number;
  alreadyCovered: number;
  /** Counted in `total` only. */
  undisposed: number;
}

export interface NoObjectionDepartment {
  departmentId: string;
  name: string;
  /** answered: the department wrote 无意见; deemed: 逾期未反馈，视为无意见. */
  how: 'answered' | 'deemed';
}

export interface AdoptionReport {
  title: string;
  roundNumber: number;
  /** e.g. 共收到意见20条，采纳7条，部分采纳2条，不采纳3条，已有体现1条 */
  summary: string;
  counts: DispositionCounts;
  rows: AdoptionReportRow[];
  noObjectionDepartments: NoObjectionDepartment[];
}

export const REPORT_COLUMNS = ['序号', '条款', '原文', '意见建议', '提出单位', '采纳情况', '理由', '修改后文本'] as const;

/** The eight cells of a row, in column order, as printed. */
export function rowCells(row: AdoptionReportRow): string[] {
  return [
    String(row.number),
    row.clause,
    row.original,
    row.comment,
    row.department,
    row.disposition,
    row.reason,
    row.revisedText,
  ];
}
