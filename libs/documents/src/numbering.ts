/**
 * Numbers are rendered from position, never stored: a node's index is its place among the nodes of
 * its kind within its numbering scope (see `NumberingScope`).
 */
import type { DocNode, NodeKind, NumberingScope, PlanDocument } from './model';
import { toChineseNumeral } from './numerals';

/** Kinds that carry a number; paragraphs and bullets do not. */
export const NUMBERED_KINDS: readonly NodeKind[] = ['part', 'section', 'item', 'subitem', 'chapter', 'division', 'article'];

export function isNumberedKind(kind: NodeKind): boolean {
  return NUMBERED_KINDS.includes(kind);
}

/** Articles run on through the whole document; everything else restarts under its parent. */
export function defaultNumberingScope(kind: NodeKind): NumberingScope {
  return kind === 'article' ? 'document' : 'parent';
}

export function numberingScope(doc: Pick<PlanDocument, 'numbering'>, kind: NodeKind): NumberingScope {
  return doc.numbering?.[kind] ?? defaultNumberingScope(kind);
}

/** The printed marker of the index-th (1-based) node of a kind: 一、 （一） 1. （1） 第一章 第一节 第一条 —— or ''. */
export function renderNumber(kind: NodeKind, index: number): string {
  switch (kind) {
    case 'part':
      return `${toChineseNumeral(index)}、`;
    case 'section':
      return `（${toChineseNumeral(index)}）`;
    case 'item':
      return `${index}.`;
    case 'subitem':
      return `（${index}）`;
    case 'chapter':
      return `第${toChineseNumeral(index)}章`;
    case 'division':
      return `第${toChineseNumeral(index)}节`;
    case 'article':
      return `第${toChineseNumeral(index)}条`;
    case 'bullet':
      return '——';
    case 'paragraph':
      return '';
  }
}

/**
 * The 1-based index of every numbered node under the given scopes, walking in document order.
 * `scopeOf` lets the parser try candidate scopes before it settles on one.
 */
export function assignIndexes(nodes: readonly DocNode[], scopeOf: (kind: NodeKind) => NumberingScope): Map<DocNode, number> {
  const indexes = new Map<DocNode, number>();
  const counters = new Map<string, number>();
  const next = (key: string): number => {
    const value = (counters.get(key) ?? 0) + 1;
    counters.set(key, value);
    return value;
  };
  const walk = (siblings: readonly DocNode[], parentKey: string, topKey: string): void => {
    siblings.forEach((node, position) => {
      const ownKey = `${parentKey}/${position}`;
      if (isNumberedKind(node.kind)) {
        const scope = scopeOf(node.kind);
        const key = scope === 'parent' ? parentKey : scope === 'topLevel' ? topKey : '';
        indexes.set(node, next(`${node.kind}@${key}`));
      }
      walk(node.children, ownKey, topKey === '' ? ownKey : topKey);
    });
  };
  walk(nodes, '', '');
  return indexes;
}

/** The rendered number of every node by id ('' for paragraphs, '——' for bullets). */
export function numberNodes(doc: Pick<PlanDocument, 'nodes' | 'numbering'>): Map<string, string> {
  const indexes = assignIndexes(doc.nodes, (kind) => numberingScope(doc, kind));
  const numbers = new Map<string, string>();
  const walk = (nodes: readonly DocNode[]): void => {
    for (const node of nodes) {
      numbers.set(node.id, renderNumber(node.kind, indexes.get(node) ?? 0));
      walk(node.children);
    }
  };
  walk(doc.nodes);
  return numbers;
}
