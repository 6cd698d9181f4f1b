import { emptyMetadata, type DocumentMetadata, type NodeKind } from '@planledger/documents';
import type { PlanStage } from '../stages/plan-stage';
import type { DocumentNumbering } from './plan-events';

export interface PlanNode {
  kind: NodeKind;
  text: string;
  parentId: string | null;
  responsibleUnits: readonly string[];
}

/**
 * The shape of PlanState as stored in snapshots. Bump it with every change of that shape, so
 * snapshots of an older shape are ignored and the state is folded again from the events.
 * 2: numbering and named versions.
 */
export const PLAN_STATE_SCHEMA_VERSION = 2;

/** What decisions need, and no more: the tree is a flat map plus ordered child lists. */
export interface PlanState {
  /** null until PlanCreated. */
  planId: string | null;
  stage: PlanStage | null;
  /** How many events the state has folded: the revision of the last one. */
  revision: number;
  metadata: DocumentMetadata;
  nodes: Readonly<Record<string, PlanNode>>;
  rootIds: readonly string[];
  /** Ordered children of every live node (an empty list for a leaf). */
  childIds: Readonly<Record<string, readonly string[]>>;
  /** Ids deleted since the last import: never handed out again, so history stays unambiguous. */
  retiredNodeIds: Readonly<Record<string, true>>;
  consultationRounds: number;
  /** 0 for the original plan, n during and after the n-th amendment. */
  amendment: number;
  issuedDocumentNumbers: readonly string[];
  /** How the imported text numbers its nodes; rendering needs it, so it is kept with the tree. */
  numbering: Readonly<DocumentNumbering>;
  /**
   * Every named version (征求意见稿（第1轮）, 送审稿, tags…) and the revision it names, so a tag
   * name is refused when taken and a version is found by name. A name recorded twice (送审稿
   * after review sent the text back) names its latest revision.
   */
  versions: Readonly<Record<string, number>>;
}

export function initialState(): PlanState {
  return {
    planId: null,
    stage: null,
    revision: 0,
    metadata: emptyMetadata(),
    nodes: {},
    rootIds: [],
    childIds: {},
    retiredNodeIds: {},
    consultationRounds: 0,
    amendment: 0,
    issuedDocumentNumbers: [],
    numbering: {},
    versions: {},
  };
}

/** Own-property lookup: ids are client input, and `constructor` must not find Object's. */
export function findNode(state: PlanState, nodeId: string): PlanNode | undefined {
  return Object.hasOwn(state.nodes, nodeId) ? state.nodes[nodeId] : undefined;
}

export function childrenOf(state: PlanState, parentId: string | null): readonly string[] {
  if (parentId === null) return state.rootIds;
  return Object.hasOwn(state.childIds, parentId) ? state.childIds[parentId] : [];
}

export function isRetired(state: PlanState, nodeId: string): boolean {
  return Object.hasOwn(state.retiredNodeIds, nodeId);
}

/** The node and all its descendants, parents before children. */
export function subtreeIds(state: PlanState, nodeId: string): string[] {
  const ids = [nodeId];
  for (const childId of childrenOf(state, nodeId)) ids.push(...subtreeIds(state, childId));
  return ids;
}

export function isSameOrDescendant(
  state: PlanState,
  candidateId: string,
  ancestorId: string,
): boolean {
  let id: string | null = candidateId;
  while (id !== null) {
    if (id === ancestorId) return true;
    id = findNode(state, id)?.parentId ?? null;
  }
  return false;
}
