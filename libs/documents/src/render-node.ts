/** One node's own line as printed: number, separator, text, then its responsible-unit list. */
import { markerSeparator } from './classify';
import type { DocNode } from './model';
import { renderNumber } from './numbering';
import { formatUnitList } from './units';

export function renderNodeLine(node: DocNode, index: number): string {
  const rest = node.text + formatUnitList(node.responsibleUnits, node.responsibleUnitsLabel);
  return renderNumber(node.kind, index) + markerSeparator(node.kind, rest) + rest;
}

/**
 * The node's title: its first sentence, without the 。 (增强产业基础质量支撑。加快… → 增强产业基础质量支撑);
 * a heading without a full stop is its own title.
 */
export function nodeTitle(node: Pick<DocNode, 'text'>): string {
  const end = node.text.search(/[。！？]/);
  const sentence = end < 0 ? node.text : node.text.slice(0, end);
  return sentence.replace(/[：:]$/, '');
}
