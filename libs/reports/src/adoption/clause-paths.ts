import { type DocNode, type PlanDocument, isNumberedKind, numberNodes } from '@planledger/documents';

export interface ClauseIndex {
  /** 条款 of every node: the markers of its numbered ancestors and its own, e.g. 二、（二）5. */
  paths: ReadonlyMap<string, string>;
  /** Position of every node in document order, to sort rows the way the plan reads. */
  order: ReadonlyMap<string, number>;
  texts: ReadonlyMap<string, string>;
}

/**
 * Numbers come from the documents library (position and numbering scope, never stored). An
 * unnumbered paragraph or bullet is cited as 第N段 of its parent, counting its unnumbered siblings,
 * as reviewers do when a clause has no number of its own.
 */
export function indexClauses(document: PlanDocument): ClauseIndex {
  const markers = numberNodes(document);
  const paths = new Map<string, string>();
  const order = new Map<string, number>();
  const texts = new Map<string, string>();
  const walk = (nodes: readonly DocNode[], parentPath: string): void => {
    let paragraphs = 0;
    for (const node of nodes) {
      const own = isNumberedKind(node.kind) ? (markers.get(node.id) ?? '') : `第${++paragraphs}段`;
      const path = parentPath + own;
      paths.set(node.id, path);
      order.set(node.id, order.size);
      texts.set(node.id, node.text);
      walk(node.children, path);
    }
  };
  walk(document.nodes, '');
  return { paths, order, texts };
}
