/**
 * The numeric targets of a document's nodes, extracted on first request. `documentTargets` reads
 * every node, but in a revision most nodes are unchanged, and a node's targets depend only on its
 * text and the year its enclosing 到20xx年 paragraph sets: where both are the same on the two
 * sides, the targets are the same and there is nothing to extract.
 */
import { DocNode, NumericTarget, nodeTargets, openingYear, PlanDocument } from '@planledger/documents';

export interface LazyTargets {
  /** The node's targets, as `documentTargets(document).get(id)` gives them. */
  of(id: string): NumericTarget[];
  /** What the node's targets are computed from; equal sources give equal targets. */
  sourceOf(id: string): TargetSource | undefined;
}

export interface TargetSource {
  node: DocNode;
  year: number | undefined;
}

export function lazyTargets(document: Pick<PlanDocument, 'nodes'>): LazyTargets {
  const sources = targetSources(document);
  const extracted = new Map<string, NumericTarget[]>();
  return {
    of(id) {
      let targets = extracted.get(id);
      if (!targets) {
        const source = sources.get(id);
        targets = source ? nodeTargets(source.node, source.year === undefined ? {} : { year: source.year }) : [];
        extracted.set(id, targets);
      }
      return targets;
    },
    sourceOf: (id) => sources.get(id),
  };
}

/** Whether two nodes' targets are computed from the same text under the same year. */
export function sameTargetSource(x: TargetSource | undefined, y: TargetSource | undefined): boolean {
  return x !== undefined && y !== undefined && x.node.text === y.node.text && x.year === y.year;
}

/** The walk of `documentTargets`, keeping each node and its year instead of extracting. */
function targetSources(document: Pick<PlanDocument, 'nodes'>): Map<string, TargetSource> {
  const sources = new Map<string, TargetSource>();
  const walk = (nodes: readonly DocNode[], inherited: number | undefined): void => {
    let year = inherited;
    for (const node of nodes) {
      year = openingYear(node) ?? year;
      sources.set(node.id, { node, year });
      walk(node.children, year);
    }
  };
  walk(document.nodes, undefined);
  return sources;
}
