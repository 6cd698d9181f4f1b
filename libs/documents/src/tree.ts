/**
 * The tree builder: classified lines become nested nodes by heading rank, then the numbering
 * scheme is read off the printed numbers. Numbers are not kept: a printed number that differs
 * from the node's position is reported as RENUMBERED, the only change rendering makes.
 */
import { classifyLine } from './classify';
import type { DocNode, NodeKind, Normalization, NumberingScope } from './model';
import type { NormalizedLine } from './normalize';
import { assignIndexes, defaultNumberingScope } from './numbering';
import { renderNodeLine } from './render-node';

/**
 * Heading ranks: a heading closes every open heading of the same or a lower rank. Parts and
 * articles share a rank, so 一、 may stand under 第一节 (as in 规划) and （一） under 第一条
 * becomes one of the article's points.
 */
const RANKS: Partial<Record<NodeKind, number>> = {
  chapter: 1, division: 2, part: 3, article: 3, section: 4, item: 5, subitem: 6,
};

const SCOPES: readonly NumberingScope[] = ['parent', 'topLevel', 'document'];

interface Printed {
  node: DocNode;
  number: number;
  source: NormalizedLine;
}

export interface BuiltTree {
  nodes: DocNode[];
  numbering: Partial<Record<NodeKind, NumberingScope>>;
  renumbered: Normalization[];
}

export function buildTree(lines: readonly NormalizedLine[], newId: () => string): BuiltTree {
  const roots: DocNode[] = [];
  const open: Array<{ node: DocNode; rank: number }> = [];
  const printed: Printed[] = [];
  for (const source of lines) {
    const shape = classifyLine(source.text);
    const node: DocNode = { id: newId(), kind: shape.kind, text: shape.text, responsibleUnits: shape.responsibleUnits, children: [] };
    if (shape.responsibleUnitsLabel) node.responsibleUnitsLabel = shape.responsibleUnitsLabel;
    const rank = RANKS[shape.kind];
    if (rank !== undefined) {
      while (open.length > 0 && open[open.length - 1].rank >= rank) open.pop();
    }
    (open.length > 0 ? open[open.length - 1].node.children : roots).push(node);
    if (rank !== undefined) open.push({ node, rank });
    if (shape.number !== null) printed.push({ node, number: shape.number, source });
  }
  const numbering = chooseNumbering(roots, printed);
  const scopeOf = (kind: NodeKind) => numbering[kind] ?? defaultNumberingScope(kind);
  const indexes = assignIndexes(roots, scopeOf);
  const renumbered = printed
    .filter(({ node, number }) => indexes.get(node) !== number)
    .map(({ node, source }) => ({
      code: 'RENUMBERED',
      line: source.line,
      before: source.text,
      after: renderNodeLine(node, indexes.get(node) ?? 1),
    }));
  return { nodes: roots, numbering, renumbered };
}

/**
 * Per kind, the first scope (default first) under which every printed number matches its
 * position, else the one that matches most; only scopes that differ from the default are returned.
 */
function chooseNumbering(roots: readonly DocNode[], printed: readonly Printed[]): Partial<Record<NodeKind, NumberingScope>> {
  const chosen: Partial<Record<NodeKind, NumberingScope>> = {};
  const kinds = [...new Set(printed.map(({ node }) => node.kind))];
  for (const kind of kinds) {
    const ofKind = printed.filter(({ node }) => node.kind === kind);
    const fallback = defaultNumberingScope(kind);
    const candidates = [fallback, ...SCOPES.filter((scope) => scope !== fallback)];
    let best: { scope: NumberingScope; matches: number } | null = null;
    for (const scope of candidates) {
      const indexes = assignIndexes(roots, (other) => (other === kind ? scope : defaultNumberingScope(other)));
      const matches = ofKind.filter(({ node, number }) => indexes.get(node) === number).length;
      if (best === null || matches > best.matches) best = { scope, matches };
      if (matches === ofKind.length) break;
    }
    if (best && best.scope !== fallback) chosen[kind] = best.scope;
  }
  return chosen;
}
