/**
 * Targets per node. A paragraph that opens with 到2027年 sets the year for itself, the siblings
 * after it and their descendants (the goal bullets under 主要目标), until the next such paragraph.
 */
import type { DocNode, NumericTarget, PlanDocument } from './model';
import { extractTargets, type TargetContext } from './targets';

const YEAR_OPENING = /^(?:力争)?(?:到|至)(\d{4})年/;

/** The targets in the node's own text (not its children's). */
export function nodeTargets(node: Pick<DocNode, 'text'>, context: TargetContext = {}): NumericTarget[] {
  return extractTargets(node.text, context);
}

/** The year a node's text sets for what follows it, if it opens with 到20xx年. */
export function openingYear(node: Pick<DocNode, 'kind' | 'text'>): number | null {
  const match = node.kind === 'paragraph' ? node.text.match(YEAR_OPENING) : null;
  return match ? Number(match[1]) : null;
}

/** Every node's targets by id, with the year context its enclosing 到20xx年 paragraph gives. */
export function documentTargets(doc: Pick<PlanDocument, 'nodes'>): Map<string, NumericTarget[]> {
  const targets = new Map<string, NumericTarget[]>();
  const walk = (nodes: readonly DocNode[], inherited: number | undefined): void => {
    let year = inherited;
    for (const node of nodes) {
      year = openingYear(node) ?? year;
      targets.set(node.id, nodeTargets(node, year === undefined ? {} : { year }));
      walk(node.children, year);
    }
  };
  walk(doc.nodes, undefined);
  return targets;
}
