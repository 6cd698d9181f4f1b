import type {
  DispositionCounts,
  NoObjectionDepartment,
  ReportComment,
  ReportDispositionKind,
} from './report-types';

export const DISPOSITION_LABELS: Readonly<Record<ReportDispositionKind, string>> = {
  adopted: '采纳',
  partlyAdopted: '部分采纳',
  notAdopted: '不采纳',
  alreadyCovered: '已有体现',
};

export const UNDISPOSED_LABEL = '尚未处理';

/** Withdrawn comments were never received as far as the report is concerned. */
export function countDispositions(comments: readonly ReportComment[]): DispositionCounts {
  const counts: DispositionCounts = {
    total: 0,
    adopted: 0,
    partlyAdopted: 0,
    notAdopted: 0,
    alreadyCovered: 0,
    undisposed: 0,
  };
  for (const comment of comments) {
    if (comment.withdrawn) continue;
    counts.total += 1;
    if (comment.disposition === null) counts.undisposed += 1;
    else counts[comment.disposition.disposition] += 1;
  }
  return counts;
}

/**
 * The line published above the table, always with the four dispositions so it reads the same
 * every time. Comments not yet disposed count in 共收到 only; `undisposedNote` says how many, for
 * drafts of the report printed before every comment is handled.
 */
export function summaryLine(counts: DispositionCounts): string {
  return (
    `共收到意见${counts.total}条，采纳${counts.adopted}条，部分采纳${counts.partlyAdopted}条，` +
    `不采纳${counts.notAdopted}条，已有体现${counts.alreadyCovered}条`
  );
}

/** '' when every comment has a disposition. */
export function undisposedNote(counts: DispositionCounts): string {
  return counts.undisposed === 0 ? '' : `其中${counts.undisposed}条${UNDISPOSED_LABEL}`;
}

export const NO_OBJECTION_LABELS: Readonly<Record<NoObjectionDepartment['how'], string>> = {
  answered: '无意见',
  deemed: '逾期未反馈，视为无意见',
};

/** e.g. 无意见单位：区民政局（无意见）、区教委（逾期未反馈，视为无意见） */
export function noObjectionLine(departments: readonly Pick<NoObjectionDepartment, 'name' | 'how'>[]): string {
  const listed = departments.map(({ name, how }) => `${name}（${NO_OBJECTION_LABELS[how]}）`);
  return `无意见单位：${listed.length === 0 ? '无' : listed.join('、')}`;
}
