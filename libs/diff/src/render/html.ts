/**
 * A standalone side-by-side HTML page: before on the left with <del>, after on the right with
 * <ins>, one row per clause. Every piece of document text is escaped; the page loads nothing.
 */
import type { DocumentDiff, InlineOp, NodeChange, NodeRef } from '../model';
import { changeHeadline, METADATA_LABELS, metadataValue, pathLabel, refLabel, STATUS_LABELS, summaryLine, targetLine } from './labels';

export interface HtmlOptions {
  title?: string;
}

const STYLE = `
body{font-family:"Noto Serif CJK SC","Songti SC",SimSun,serif;margin:2em;color:#222}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td,th{border:1px solid #ddd;padding:.4em .6em;vertical-align:top;line-height:1.7}
th{background:#f4f4f4}
del{background:#fdd;color:#900}
ins{background:#dfd;color:#060;text-decoration:none}
.status{width:7em;white-space:nowrap}
.unchanged td{color:#888}
.number{font-weight:bold;margin-right:.3em}
.detail{font-size:.9em;color:#555}
`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function renderHtml(diff: DocumentDiff, options: HtmlOptions = {}): string {
  const title = escapeHtml(options.title ?? '文本对比');
  const metadataRows = diff.metadata
    .map(
      (m) =>
        `<tr><td class="status">${METADATA_LABELS[m.field]}</td><td><del>${escapeHtml(metadataValue(m.before))}</del></td><td><ins>${escapeHtml(metadataValue(m.after))}</ins></td></tr>`,
    )
    .join('\n');
  const changeRows = diff.changes.map(changeRow).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${title}</h1>
<p>${escapeHtml(summaryLine(diff))}</p>
${metadataRows ? `<h2>文件信息</h2>\n<table>\n<tr><th class="status">项目</th><th>修改前</th><th>修改后</th></tr>\n${metadataRows}\n</table>` : ''}
<h2>正文</h2>
<table>
<tr><th class="status">变化</th><th>修改前</th><th>修改后</th></tr>
${changeRows}
</table>
</body>
</html>
`;
}

function changeRow(change: NodeChange): string {
  const details = [...change.targets.map(targetLine), ...unitLines(change)]
    .map((line) => `<div class="detail">${escapeHtml(line)}</div>`)
    .join('');
  // A piece of a merge or split points at its partner instead of repeating the partner's full text.
  const mergedPiece = change.groupRole === 'piece' && change.status === 'merged';
  const splitPiece = change.groupRole === 'piece' && change.status === 'split';
  const left = splitPiece ? pointer('拆自', change.before!) : side(change.before, change.inline, 'before');
  const right = mergedPiece ? pointer('并入', change.after!) : side(change.after, change.inline, 'after');
  return `<tr class="${change.status}" title="${escapeHtml(changeHeadline(change))}"><td class="status">${STATUS_LABELS[change.status]}</td><td>${left}</td><td>${right}${details}</td></tr>`;
}

function pointer(relation: string, ref: NodeRef): string {
  return `<span class="detail">${relation} ${escapeHtml(refLabel(ref))}</span>`;
}

function side(ref: NodeRef | null, ops: InlineOp[], which: 'before' | 'after'): string {
  if (!ref) return '';
  const skip = which === 'before' ? 'insert' : 'delete';
  const text = ops
    .filter((op) => op.op !== skip)
    .map((op) => {
      if (op.op === 'delete') return `<del>${escapeHtml(op.text)}</del>`;
      if (op.op === 'insert') return `<ins>${escapeHtml(op.text)}</ins>`;
      return escapeHtml(op.text);
    })
    .join('');
  return `<span class="number">${escapeHtml(pathLabel(ref))}</span>${text}`;
}

function unitLines(change: NodeChange): string[] {
  const units = change.responsibleUnits;
  if (!units) return [];
  return [
    ...(units.added.length ? [`责任单位新增：${units.added.join('、')}`] : []),
    ...(units.removed.length ? [`责任单位删除：${units.removed.join('、')}`] : []),
  ];
}
