/** Words the renderings share, in the drafters' language. */
import type { ChangeStatus, DocumentDiff, MetadataField, NodeChange, NodeRef, TargetChange } from '../model';
import { CHANGE_STATUSES } from '../model';

export const STATUS_LABELS: Record<ChangeStatus, string> = {
  unchanged: '未改',
  modified: '修改',
  moved: '移动',
  renumbered: '重新编号',
  added: '新增',
  removed: '删除',
  split: '拆分',
  merged: '合并',
};

export const METADATA_LABELS: Record<MetadataField, string> = {
  title: '标题',
  issuingBody: '发文机关',
  documentNumber: '发文字号',
  addressees: '主送机关',
  date: '成文日期',
  publicationNote: '公开属性',
  isConsultationDraft: '征求意见稿',
};

/** 修改 3 · 移动 1 · …, statuses with no change left out except 未改. */
export function summaryLine(diff: DocumentDiff): string {
  return CHANGE_STATUSES.filter((s) => diff.summary[s] > 0 || s === 'unchanged')
    .map((s) => `${STATUS_LABELS[s]} ${diff.summary[s]}`)
    .join(' · ');
}

/** Titles longer than this are cut in headlines; a long paragraph's "title" is the paragraph. */
const TITLE_LIMIT = 40;

/** 二、（一）1. */
export function pathLabel(ref: NodeRef): string {
  return ref.path.filter((n) => n !== '——').join('');
}

/** 二、（一）1. 增强产业基础质量支撑 */
export function refLabel(ref: NodeRef): string {
  const chars = [...ref.title];
  const title = chars.length > TITLE_LIMIT ? `${chars.slice(0, TITLE_LIMIT).join('')}…` : ref.title;
  return [pathLabel(ref), title].filter(Boolean).join(' ');
}

/** What a change did, in one phrase: 5. 实施工业品质量升级工程（原 二、（二）8.）, 原 5. … → 6. … */
export function changeHeadline(change: NodeChange): string {
  const { status, before, after } = change;
  const others = change.related.map(refLabel).join('；');
  if (!after) return `原 ${refLabel(before!)}`;
  if (!before) return refLabel(after);
  if (status === 'merged' || status === 'split') {
    const relation = status === 'merged' ? '同时并入' : '同时拆出';
    return `原 ${refLabel(before)} → ${refLabel(after)}${others ? `（${relation}：${others}）` : ''}`;
  }
  const movedFrom = pathLabel(before) !== pathLabel(after) ? `（原 ${pathLabel(before) || refLabel(before)}）` : '';
  return `${refLabel(after)}${movedFrom}`;
}

export function metadataValue(value: string | string[] | boolean | null): string {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '（无）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  return Array.isArray(value) ? value.join('、') : value;
}

/** 食品抽检合格率：≥98.2% → ≥95%（2027年） */
export function targetLine(change: TargetChange): string {
  const show = (t: TargetChange['before']) =>
    t ? `${t.comparator}${t.value}${t.unit ?? ''}${t.year !== null ? `（${t.year}年）` : ''}` : '';
  if (change.change === 'added') return `新增指标 ${change.indicator}：${show(change.after)}`;
  if (change.change === 'removed') return `删除指标 ${change.indicator}：${show(change.before)}`;
  return `指标 ${change.indicator}：${show(change.before)} → ${show(change.after)}`;
}
