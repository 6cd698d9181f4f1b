/** A range of a node's text, in UTF-16 code units, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Where a comment points, in the frozen consultation version: a node and optionally a range of its
 * text. `quote` is the quoted range, or the whole node text when the comment is on the whole node.
 */
export interface CommentAnchor {
  nodeId: string;
  range: TextRange | null;
  quote: string;
}

/** The anchored text still exists; `start`/`end` locate it in the node's current text. */
export interface LiveAnchor {
  status: 'live';
  nodeId: string;
  start: number;
  end: number;
  text: string;
  quote: string;
  /** Some edit changed the anchored text itself (not merely moved it). */
  edited: boolean;
}

/** The anchored text, or its node (alone or with an ancestor), was deleted. */
export interface DeletedAnchor {
  status: 'deleted';
  nodeId: string;
  quote: string;
  cause: 'textDeleted' | 'nodeDeleted';
}

/**
 * The whole plan text was re-imported: node ids and offsets no longer follow the edits, so the
 * anchor is not guessed onto the new text. The comment keeps its quote and node id.
 */
export interface DetachedAnchor {
  status: 'detached';
  nodeId: string;
  quote: string;
  cause: 'planReimported';
}

export type CarriedAnchor = LiveAnchor | DeletedAnchor | DetachedAnchor;
