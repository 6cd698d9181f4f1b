import type { NodeKind } from '@planledger/documents';
import type { PlanEvent } from '../events';
import { applyEvent } from '../evolve';
import { PlanDraft } from '../plan/plan-draft';
import { childrenOf, initialState, type PlanState } from '../plan/plan-state';
import { piecesOf, replaceInPieces, type TextPiece } from './text-pieces';

/** The event behind a change: its revision in the plan stream, who, when and why. */
export interface BlameAttribution {
  revision: number;
  actor: string;
  at: string;
  reason?: string;
}

/** Characters [start, end) of a node's text (UTF-16 offsets) and the event that wrote them. */
export interface BlameRange extends BlameAttribution {
  start: number;
  end: number;
}

export interface NodeBlame {
  nodeId: string;
  kind: NodeKind;
  text: string;
  /** The latest of `changes`: the last event that changed this node in any way. */
  lastChange: BlameAttribution;
  /** Per aspect, the last event that changed it (import or insertion first of all). */
  changes: {
    text: BlameAttribution;
    kind: BlameAttribution;
    responsibleUnits: BlameAttribution;
    /** Its parent or its place among its siblings, by a move of this node (renumbering is not a change). */
    position: BlameAttribution;
  };
  /** In order, non-empty, covering `text` exactly: the first starts at 0, the last ends at its length. */
  ranges: BlameRange[];
}

export interface PlanBlame {
  revision: number;
  /** Every node of the plan at `revision`, in document order. */
  nodes: NodeBlame[];
}

interface NodeTrack {
  pieces: TextPiece<BlameAttribution>[];
  changes: NodeBlame['changes'];
}

/**
 * Who last changed what, as of the last of `events` (`events[0]` is revision 1). Nodes are
 * followed by id, so moves and renumbering keep their history; an import is the origin of every
 * character it brought; an insertion of text belongs to its edit, and a deletion splits the range
 * it cut. Pure: the tracking maps are local to one call.
 */
export function blamePlan(events: readonly PlanEvent[]): PlanBlame {
  const draft = new PlanDraft(initialState());
  const tracks = new Map<string, NodeTrack>();
  events.forEach((event, index) => {
    trackEvent(tracks, event, attributionOf(event, index + 1));
    applyEvent(draft, event);
  });
  const state = draft.finish();
  return { revision: state.revision, nodes: documentOrder(state).map((id) => nodeBlame(state, id, tracks)) };
}

function trackEvent(tracks: Map<string, NodeTrack>, event: PlanEvent, by: BlameAttribution): void {
  switch (event.type) {
    case 'PlanTextImported':
      tracks.clear();
      for (const node of event.data.nodes) tracks.set(node.id, newTrack(node.text, by));
      return;
    case 'NodeInserted':
      tracks.set(event.data.nodeId, newTrack(event.data.text, by));
      return;
    case 'NodeDeleted':
      for (const id of event.data.subtreeIds) tracks.delete(id);
      return;
    case 'NodeTextEdited': {
      const { nodeId, offset, deleteCount, insertedText } = event.data;
      const track = trackOf(tracks, nodeId);
      const written = piecesOf(insertedText, by);
      track.pieces = replaceInPieces(track.pieces, offset, deleteCount, written[0] ?? null);
      track.changes.text = by;
      return;
    }
    case 'NodeLevelChanged':
      trackOf(tracks, event.data.nodeId).changes.kind = by;
      return;
    case 'ResponsibleUnitsSet':
      trackOf(tracks, event.data.nodeId).changes.responsibleUnits = by;
      return;
    case 'NodeMoved':
      trackOf(tracks, event.data.nodeId).changes.position = by;
      return;
    default:
      return;
  }
}

function newTrack(text: string, by: BlameAttribution): NodeTrack {
  return { pieces: piecesOf(text, by), changes: { text: by, kind: by, responsibleUnits: by, position: by } };
}

function trackOf(tracks: Map<string, NodeTrack>, nodeId: string): NodeTrack {
  const track = tracks.get(nodeId);
  // The decider only writes events about live nodes, so a miss means a corrupt stream.
  if (track === undefined) throw new Error(`plan stream changes node ${nodeId} that it never created`);
  return track;
}

function attributionOf(event: PlanEvent, revision: number): BlameAttribution {
  const { actor, at, reason } = event.data;
  return reason === undefined ? { revision, actor, at } : { revision, actor, at, reason };
}

function documentOrder(state: PlanState): string[] {
  const ids: string[] = [];
  const visit = (siblings: readonly string[]) => {
    for (const id of siblings) {
      ids.push(id);
      visit(childrenOf(state, id));
    }
  };
  visit(state.rootIds);
  return ids;
}

function nodeBlame(state: PlanState, nodeId: string, tracks: Map<string, NodeTrack>): NodeBlame {
  const node = state.nodes[nodeId];
  const { pieces, changes } = trackOf(tracks, nodeId);
  const ranges: BlameRange[] = [];
  let start = 0;
  for (const { length, source } of pieces) {
    ranges.push({ start, end: start + length, ...source });
    start += length;
  }
  if (start !== node.text.length) throw new Error(`blame of node ${nodeId} lost track of its text`);
  const lastChange = [changes.kind, changes.responsibleUnits, changes.position].reduce(
    (latest, change) => (change.revision > latest.revision ? change : latest),
    changes.text,
  );
  return { nodeId, kind: node.kind, text: node.text, lastChange, changes: { ...changes }, ranges };
}
