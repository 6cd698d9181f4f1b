import { isNumberedKind, numberingScope, numberNodes, renderNumber, type NodeKind } from '@planledger/documents';
import { toDocument, type PlanEvent, type PlanNode, type PlanState } from '@planledger/domain';

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
 * unnumbered node is cited by its place under its parent, e.g. 一、（二）第2段. The numbers are
 * those of `numbersOf`, but each is counted within its own scope only, so citing one node costs
 * a walk of its siblings (or of the part or document its kind runs on through), not the plan.
 */
export function nodeLabel(state: PlanState, nodeId: string): string {
  let label = '';
  let id: string | null = nodeId;
  while (id !== null && Object.hasOwn(state.nodes, id)) {
    const node: PlanNode = state.nodes[id];
    const siblings = siblingsOf(state, node.parentId);
    const position = siblings.indexOf(id);
    const number = isNumberedKind(node.kind) ? renderNumber(node.kind, indexInScope(state, id, node, siblings, position)) : '';
    label = labelPart(node.kind, number, position) + label;
    id = node.parentId;
  }
  return label;
}

/**
 * The 1-based index `numberNodes` gives a numbered node: its place among the nodes of its kind in
 * its scope, in document order. The scope is its parent ('parent', and 'topLevel' for a top-level
 * node), its top-level ancestor's descendants ('topLevel'), or the whole document ('document').
 */
function indexInScope(state: PlanState, nodeId: string, node: PlanNode, siblings: readonly string[], position: number): number {
  const scope = numberingScope(state, node.kind);
  if (scope === 'parent' || (scope === 'topLevel' && node.parentId === null)) {
    let index = 1;
    for (let earlier = 0; earlier < position; earlier++) if (state.nodes[siblings[earlier]].kind === node.kind) index++;
    return index;
  }
  const scopeIds = scope === 'document' ? state.rootIds : siblingsOf(state, topLevelAncestor(state, nodeId));
  const counter = { index: 1 };
  countBefore(state, scopeIds, nodeId, node.kind, counter);
  return counter.index;
}

/** Counts the nodes of `kind` before `nodeId` in document order under `ids`; true once it is reached. */
function countBefore(state: PlanState, ids: readonly string[], nodeId: string, kind: NodeKind, counter: { index: number }): boolean {
  for (const id of ids) {
    if (id === nodeId) return true;
    if (state.nodes[id].kind === kind) counter.index++;
    if (countBefore(state, siblingsOf(state, id), nodeId, kind, counter)) return true;
  }
  return false;
}

function topLevelAncestor(state: PlanState, nodeId: string): string {
  let id = nodeId;
  let parentId = state.nodes[id].parentId;
  while (parentId !== null) {
    id = parentId;
    parentId = state.nodes[id].parentId;
  }
  return id;
}

/** One node's part of a label: its number, or 第n段 for an unnumbered node at 0-based `position`. */
export function labelPart(kind: NodeKind, number: string, position: number): string {
  return isNumberedKind(kind) ? number : `第${position + 1}段`;
}

export function siblingsOf(state: PlanState, parentId: string | null): readonly string[] {
  if (parentId === null) return state.rootIds;
  return Object.hasOwn(state.childIds, parentId) ? state.childIds[parentId] : [];
}
