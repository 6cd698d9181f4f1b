/**
 * parseDocument: normalize (normalize.ts) → metadata (front-matter.ts) → classify and nest the
 * remaining lines (classify.ts, tree.ts). Pure and total: any string parses.
 */
import { readFrontMatter } from './front-matter';
import type { Normalization, PlanDocument } from './model';
import { normalizeLines } from './normalize';
import { buildTree } from './tree';

export interface ParseOptions {
  /** Id for each new node; the default numbers them n1, n2, … in document order, so parsing is deterministic. */
  newId?: () => string;
}

export interface ParseResult {
  document: PlanDocument;
  /** Every change from the input to the document's rendering, in line order. */
  normalizations: Normalization[];
}

export function sequentialIds(prefix = 'n'): () => string {
  let next = 0;
  return () => `${prefix}${++next}`;
}

export function parseDocument(text: string, options: ParseOptions = {}): ParseResult {
  const { lines, normalizations } = normalizeLines(text);
  const { metadata, consumed } = readFrontMatter(lines.map((line) => line.text));
  const tree = buildTree(lines.slice(consumed), options.newId ?? sequentialIds());
  const document: PlanDocument = { metadata, nodes: tree.nodes };
  if (Object.keys(tree.numbering).length > 0) document.numbering = tree.numbering;
  const all = [...normalizations, ...tree.renumbered].sort((a, b) => a.line - b.line);
  return { document, normalizations: all };
}
