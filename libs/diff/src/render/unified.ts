/**
 * The terminal rendering: one block per change, the clause text with [-删除-]{+新增+} marks inline.
 * Unchanged clauses are left out (headings stay as context); long unchanged stretches inside a
 * clause are shortened. Colours only on request, so the text survives pipes and logs.
 */
import type { DocumentDiff, InlineOp, NodeChange } from '../model';
import { changeHeadline, METADATA_LABELS, metadataValue, STATUS_LABELS, summaryLine, targetLine } from './labels';

export interface UnifiedOptions {
  color?: boolean;
  /** Show unchanged clauses too. */
  showUnchanged?: boolean;
  /** Unchanged stretches longer than this many characters are shortened (0 keeps them whole). */
  context?: number;
}

const HEADING_KINDS = new Set(['part', 'section', 'chapter', 'division']);
const ANSI = { red: '\x1b[31m', green: '\x1b[32m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

export function renderUnified(diff: DocumentDiff, options: UnifiedOptions = {}): string {
  const paint = (code: keyof typeof ANSI, text: string) => (options.color ? `${ANSI[code]}${text}${ANSI.reset}` : text);
  const lines: string[] = [paint('bold', `对比结果：${summaryLine(diff)}`)];
  if (diff.metadata.length > 0) {
    lines.push('', '文件信息');
    for (const m of diff.metadata) {
      lines.push(`  ${METADATA_LABELS[m.field]}：${paint('red', `[-${metadataValue(m.before)}-]`)}${paint('green', `{+${metadataValue(m.after)}+}`)}`);
    }
  }
  for (const change of diff.changes) {
    const kind = (change.after ?? change.before)!.kind;
    if (change.status === 'unchanged' && !options.showUnchanged) {
      if (HEADING_KINDS.has(kind)) lines.push('', paint('dim', `  ${changeHeadline(change)}`));
      continue;
    }
    lines.push('', paint('bold', `[${STATUS_LABELS[change.status]}] ${changeHeadline(change)}`));
    if (change.textChanged) {
      lines.push(`  ${inlineMarkup(shownOps(change), paint, options.context ?? 60)}`);
    }
    lines.push(...detailLines(change).map((line) => `  ${line}`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A piece of a merge shows its own text (what was carried into the main clause, and struck
 * through, what was dropped); a piece of a split shows its new text. Their partner's full text is
 * already shown with the main pair.
 */
function shownOps(change: NodeChange): InlineOp[] {
  if (change.groupRole !== 'piece') return change.inline;
  const skip = change.status === 'merged' ? 'insert' : 'delete';
  return change.inline.filter((op) => op.op !== skip);
}

function inlineMarkup(ops: InlineOp[], paint: (code: keyof typeof ANSI, text: string) => string, context: number): string {
  return ops
    .map((op, i) => {
      if (op.op === 'delete') return paint('red', `[-${op.text}-]`);
      if (op.op === 'insert') return paint('green', `{+${op.text}+}`);
      return shortenEqual(op.text, context, i === 0, i === ops.length - 1);
    })
    .join('');
}

/** Keeps `context` characters next to each edit and elides the middle of a long unchanged stretch. */
function shortenEqual(text: string, context: number, first: boolean, last: boolean): string {
  const chars = [...text];
  const keepHead = first ? 0 : context;
  const keepTail = last ? 0 : context;
  if (context === 0 || chars.length <= keepHead + keepTail + 10) return text;
  return `${chars.slice(0, keepHead).join('')}…（略${chars.length - keepHead - keepTail}字）…${chars.slice(chars.length - keepTail).join('')}`;
}

function detailLines(change: NodeChange): string[] {
  const lines = change.targets.map(targetLine);
  const units = change.responsibleUnits;
  if (units && (units.added.length || units.removed.length)) {
    const parts = [...units.added.map((u) => `+${u}`), ...units.removed.map((u) => `-${u}`)];
    lines.push(`责任单位：${parts.join(' ')}`);
  } else if (units) {
    lines.push(`责任单位顺序：${units.after.join('、')}`);
  }
  return lines;
}
