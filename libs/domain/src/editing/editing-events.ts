import type { NodeKind } from '@planledger/documents';
import type { EventMeta } from '../shared/command-meta';

/**
 * One contiguous change of one node's text: `deleteCount` UTF-16 code units at `offset` (they
 * were `deletedText`) replaced by `insertedText`. Comment anchors are carried through these.
 */
export interface NodeTextEdited {
  type: 'NodeTextEdited';
  data: EventMeta & {
    nodeId: string;
    offset: number;
    deleteCount: number;
    deletedText: string;
    insertedText: string;
  };
}

/** The node id is chosen by the client so it can keep editing before the server answers. */
export interface NodeInserted {
  type: 'NodeInserted';
  data: EventMeta & {
    nodeId: string;
    parentId: string | null;
    index: number;
    kind: NodeKind;
    text: string;
    responsibleUnits: string[];
  };
}

export interface NodeDeleted {
  type: 'NodeDeleted';
  data: EventMeta & {
    nodeId: string;
    /** Where it was, so projections and undo need no lookup. */
    parentId: string | null;
    index: number;
    /** The node and all its descendants, parents before children. */
    subtreeIds: string[];
  };
}

/** `toIndex` is the node's index among its new siblings after the move. */
export interface NodeMoved {
  type: 'NodeMoved';
  data: EventMeta & {
    nodeId: string;
    fromParentId: string | null;
    fromIndex: number;
    toParentId: string | null;
    toIndex: number;
  };
}

/** Children stay attached; see `decideChangeNodeLevel` for when a level change is refused. */
export interface NodeLevelChanged {
  type: 'NodeLevelChanged';
  data: EventMeta & { nodeId: string; fromKind: NodeKind; toKind: NodeKind };
}

export interface ResponsibleUnitsSet {
  type: 'ResponsibleUnitsSet';
  data: EventMeta & { nodeId: string; units: string[]; previous: string[] };
}

export type EditingEvent =
  | NodeTextEdited
  | NodeInserted
  | NodeDeleted
  | NodeMoved
  | NodeLevelChanged
  | ResponsibleUnitsSet;
