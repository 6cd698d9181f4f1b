import { isNumberedKind, numberNodes, type NodeKind } from '@planledger/documents';
import { toDocument, type PlanEvent, type PlanState } from '@planledger/domain';

const numbersByState = new WeakMap<PlanState, ReadonlyMap<string, string>>();

/**
 * Events that leave every node's kind and place alone, so the numbering of the state after them is
 * the numbering before. Any other type (including types added later) is renumbered from scratch.
 */
const KEEPS_NUMBERING: ReadonlySet<string> = new Set<PlanEvent['type']>([
  'PlanCreated',
  'MetadataSet',
  'NodeTextEdited',
  'ResponsibleUnitsSet',
  'ConsultationStarted',
  'RevisionStarted',
  'ReviewStarted',
  'PlanIssued',
  'AmendmentStarted',
  'VersionTagged',
]);

/**
 * The rendered number of every node ('' for paragraphs, '——' for bullets), from position:
 * `numberNodes` on the domain's document. Computed once per tree shape, not once per text edit.
 */
export function numbersOf(state: PlanState): ReadonlyMap<string, string> {
  let numbers = numbersByState.get(state);
  if (numbers === undefined) {
    numbers = numberNodes(toDocument(state));
    numbersByState.set(state, numbers);
  }
  return numbers;
}

/** True when `event` leaves every node's kind and place alone (and so the numbering). */
export function keepsNumbering(event: { type: string }): boolean {
  return KEEPS_NUMBERING.has(event.type);
}

/** Lets `after` reuse the numbering of `before`; only for states whose tree and kinds are the same. */
export function carryNumbering(before: PlanState, after: PlanState): void {
  const numbers = numbersByState.get(before);
  if (numbers !== undefined) numbersByState.set(after, numbers);
}

/**
 * How people cite a node: the numbers of its ancestors and its own, e.g. 二、（一）1.; an
 * unnumbered node is cited by its place under its parent, e.g. 一、（二）第2段.
 */
export function nodeLabel(state: PlanState, nodeId: string): string {
  const numbers = numbersOf(state);
  const parts: string[] = [];
  let id: string | null = nodeId;
  while (id !== null && Object.hasOwn(state.nodes, id)) {
    const node: PlanState['nodes'][string] = state.nodes[id];
    parts.unshift(labelPart(node.kind, numbers.get(id) ?? '', siblingsOf(state, node.parentId).indexOf(id)));
    id = node.parentId;
  }
  return parts.join('');
}

/** One node's part of a label: its number, or 第n段 for an unnumbered node at 0-based `position`. */
export function labelPart(kind: NodeKind, number: string, position: number): string {
  return isNumberedKind(kind) ? number : `第${position + 1}段`;
}

export function siblingsOf(state: PlanState, parentId: string | null): readonly string[] {
  if (parentId === null) return state.rootIds;
  return Object.hasOwn(state.childIds, parentId) ? state.childIds[parentId] : [];
}
