/**
 * The renderer: the document in normal form (see normalize.ts). Numbers come from position, so
 * `renderDocument(parseDocument(t).document) === normalizeText(t)` whenever parsing reported no
 * RENUMBERED normalization.
 */
import type { DocNode, DocumentMetadata, PlanDocument } from './model';
import { joinLines } from './normalize';
import { assignIndexes, numberingScope } from './numbering';
import { renderNodeLine } from './render-node';

const DEFAULT_CONSULTATION_MARK = '（征求意见稿）';

function renderDate(iso: string): string {
  const match = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : iso;
}

function addresseeLine(metadata: DocumentMetadata): string | null {
  if (metadata.addressees.length === 0) return null;
  const groups = metadata.notice?.addresseeGroups ?? [];
  const printedAsGrouped = groups.flat().join('\n') === metadata.addressees.join('\n');
  return `${printedAsGrouped ? groups.map((group) => group.join('、')).join('，') : metadata.addressees.join('、')}：`;
}

/** The metadata lines in print order (front-matter.ts reads the same order). */
export function renderFrontMatter(metadata: DocumentMetadata): string[] {
  const lines: string[] = [];
  const push = (line: string | null | undefined): void => {
    if (line) lines.push(line);
  };
  const head = [metadata.documentNumber, metadata.issuingBody];
  for (const line of metadata.issuingBodyFirst ? head.reverse() : head) push(line);
  metadata.notice?.titleLines.forEach(push);
  push(addresseeLine(metadata));
  metadata.notice?.body.forEach(push);
  push(metadata.notice?.signature);
  push(metadata.date === null ? null : renderDate(metadata.date));
  push(metadata.publicationNote === null ? null : `（${metadata.publicationNote}）`);
  const mark = metadata.isConsultationDraft
    ? metadata.consultationMark ?? { text: DEFAULT_CONSULTATION_MARK, placement: 'below-title' as const }
    : null;
  if (mark?.placement === 'above-title') push(mark.text);
  if (metadata.title !== null) push(mark?.placement === 'title-suffix' ? metadata.title + mark.text : metadata.title);
  if (mark?.placement === 'below-title' || (mark?.placement === 'title-suffix' && metadata.title === null)) push(mark.text);
  return lines;
}

export function renderDocument(doc: PlanDocument): string {
  const lines = renderFrontMatter(doc.metadata);
  const indexes = assignIndexes(doc.nodes, (kind) => numberingScope(doc, kind));
  const walk = (nodes: readonly DocNode[]): void => {
    for (const node of nodes) {
      const line = renderNodeLine(node, indexes.get(node) ?? 1);
      // An empty paragraph has no line to print.
      if (line !== '') lines.push(line);
      walk(node.children);
    }
  };
  walk(doc.nodes);
  return joinLines(lines);
}
