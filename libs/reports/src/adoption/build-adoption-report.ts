import { type ClauseIndex, indexClauses } from './clause-paths';
import type {
  AdoptionReport,
  AdoptionReportInput,
  AdoptionReportRow,
  NoObjectionDepartment,
  ReportComment,
} from './report-types';
import { countDispositions, DISPOSITION_LABELS, summaryLine, UNDISPOSED_LABEL } from './summary';

export const DELETED_TEXT = '已删除';

/**
 * The 意见采纳情况表 of one round: one row per comment not withdrawn, in the order the plan reads
 * (clause, then position of the quote, then time of submission), so readers walk the plan once.
 */
export function buildAdoptionReport(input: AdoptionReportInput): AdoptionReport {
  const consultation = indexClauses(input.consultationDocument);
  const latestTexts = indexClauses(input.latestDocument).texts;
  const names = new Map(input.departments.map((department) => [department.id, department.name]));
  const nameOf = (departmentId: string) => names.get(departmentId) ?? departmentId;

  const received = input.comments.filter((comment) => !comment.withdrawn);
  const rows = [...received].sort(byPlanOrder(consultation)).map(
    (comment, i): AdoptionReportRow => ({
      number: i + 1,
      clause: consultation.paths.get(comment.anchor.nodeId) ?? '',
      original: originalText(comment, consultation),
      comment: comment.text,
      department: nameOf(comment.departmentId),
      disposition: comment.disposition ? DISPOSITION_LABELS[comment.disposition.disposition] : UNDISPOSED_LABEL,
      reason: comment.disposition?.reason ?? '',
      revisedText: latestTexts.get(comment.anchor.nodeId) ?? DELETED_TEXT,
      commentId: comment.commentId,
      nodeId: comment.anchor.nodeId,
    }),
  );

  const counts = countDispositions(input.comments);
  return {
    title: reportTitle(input.consultationDocument.metadata.title, input.round.roundNumber),
    roundNumber: input.round.roundNumber,
    summary: summaryLine(counts),
    counts,
    rows,
    noObjectionDepartments: noObjectionDepartments(input, received, nameOf),
  };
}

/** 《…》征求意见采纳情况表, naming the round from the second one on. */
function reportTitle(planTitle: string | null, roundNumber: number): string {
  const plan = planTitle ? `《${planTitle}》` : '';
  const round = roundNumber > 1 ? `（第${roundNumber}轮）` : '';
  return `${plan}征求意见采纳情况表${round}`;
}

/** The quoted words, or for a comment on a whole clause the clause as the department read it. */
function originalText(comment: ReportComment, consultation: ClauseIndex): string {
  if (comment.anchor.range !== null) return comment.anchor.quote;
  return consultation.texts.get(comment.anchor.nodeId) ?? comment.anchor.quote;
}

function byPlanOrder({ order }: ClauseIndex) {
  const position = (comment: ReportComment) =>
    order.get(comment.anchor.nodeId) ?? Number.MAX_SAFE_INTEGER;
  return (a: ReportComment, b: ReportComment): number =>
    position(a) - position(b) ||
    (a.anchor.range?.start ?? -1) - (b.anchor.range?.start ?? -1) ||
    compare(a.submittedAt, b.submittedAt) ||
    compare(a.departmentId, b.departmentId) ||
    compare(a.commentId, b.commentId);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Departments that answered 无意见 and those deemed so at the close. A department whose comment
 * arrived in the moment between the app reading the answers and the close is listed with its
 * comments only: a row outweighs the presumption of silence.
 */
function noObjectionDepartments(
  input: AdoptionReportInput,
  received: readonly ReportComment[],
  nameOf: (departmentId: string) => string,
): NoObjectionDepartment[] {
  const commented = new Set(received.map((comment) => comment.departmentId));
  const listed = new Map<string, NoObjectionDepartment>();
  const add = (departmentId: string, how: NoObjectionDepartment['how']) => {
    if (!commented.has(departmentId) && !listed.has(departmentId)) {
      listed.set(departmentId, { departmentId, name: nameOf(departmentId), how });
    }
  };
  for (const answer of input.noObjectionAnswers ?? []) add(answer.departmentId, 'answered');
  for (const departmentId of input.round.noObjectionDepartmentIds) add(departmentId, 'deemed');
  return [...listed.values()];
}
