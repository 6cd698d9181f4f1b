import { NODE_KINDS, type NodeKind } from '@planledger/documents';
import { badInput, type PlanError } from '../shared/plan-error';

const ROOT = 'root';
type Container = NodeKind | typeof ROOT;

/**
 * Where each kind may sit (GB/T 9704 levels for plans, 章节条 for regulations). Levels may be
 * skipped downwards (a short plan lists items under a part, or at the top), never upwards;
 * plan and regulation numbering do not mix. Paragraphs and bullets go anywhere and hold nothing.
 */
const ALLOWED_CONTAINERS: Readonly<Record<NodeKind, readonly Container[]>> = {
  part: [ROOT],
  section: [ROOT, 'part'],
  item: [ROOT, 'part', 'section'],
  subitem: ['item'],
  chapter: [ROOT],
  division: ['chapter'],
  article: [ROOT, 'chapter', 'division'],
  paragraph: [ROOT, 'part', 'section', 'item', 'subitem', 'chapter', 'division', 'article'],
  bullet: [ROOT, 'part', 'section', 'item', 'subitem', 'chapter', 'division', 'article'],
};

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value);
}

/** `parentKind` null means the top level of the document. */
export function canNestUnder(kind: NodeKind, parentKind: NodeKind | null): boolean {
  return ALLOWED_CONTAINERS[kind].includes(parentKind ?? ROOT);
}

export function cannotNest(
  field: string,
  kind: NodeKind,
  parentKind: NodeKind | null,
  nodeId: string,
): PlanError {
  return badInput(field, `a ${kind} cannot sit under ${parentKind ?? 'the top level'}`, { nodeId });
}
