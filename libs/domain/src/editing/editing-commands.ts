import type { NodeKind } from '@planledger/documents';
import type { WriteCommandMeta } from '../shared/command-meta';

/** Offsets are UTF-16 code units in the node's text as the author saw it. */
export interface EditNodeText {
  type: 'EditNodeText';
  data: WriteCommandMeta & {
    nodeId: string;
    offset: number;
    deleteCount: number;
    insertedText: string;
  };
}

export interface InsertNode {
  type: 'InsertNode';
  data: WriteCommandMeta & {
    /** Chosen by the client (e.g. a UUID); never reused, even after a delete. */
    nodeId: string;
    parentId: string | null;
    /** Position among the parent's children: 0 = first, their count = last. */
    index: number;
    kind: NodeKind;
    text: string;
    responsibleUnits?: string[];
  };
}

export interface DeleteNode {
  type: 'DeleteNode';
  data: WriteCommandMeta & { nodeId: string };
}

export interface MoveNode {
  type: 'MoveNode';
  data: WriteCommandMeta & {
    nodeId: string;
    toParentId: string | null;
    /**
     * The gap to drop the node into, counted in the destination's children as they are before
     * the move (the node itself included when it already sits there): 0 = before the first
     * child, their count = after the last. Dropping a node into either gap next to itself is a
     * no-op and refused.
     */
    toGap: number;
  };
}

export interface ChangeNodeLevel {
  type: 'ChangeNodeLevel';
  data: WriteCommandMeta & { nodeId: string; toKind: NodeKind };
}

export interface SetResponsibleUnits {
  type: 'SetResponsibleUnits';
  data: WriteCommandMeta & { nodeId: string; units: string[] };
}

export type EditingCommand =
  | EditNodeText
  | InsertNode
  | DeleteNode
  | MoveNode
  | ChangeNodeLevel
  | SetResponsibleUnits;
