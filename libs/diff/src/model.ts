/**
 * The JSON model of a plan diff: what `diffDocuments` returns, what the CLI prints with `--json`
 * and what the renderers read. Plain data only, so it can be stored, sent and snapshotted.
 */
import type { NodeKind, NumericTarget } from '@planledger/documents';

export type ChangeStatus =
  | 'unchanged'
  | 'modified'
  | 'moved'
  | 'renumbered'
  | 'added'
  | 'removed'
  | 'split'
  | 'merged';

export const CHANGE_STATUSES: readonly ChangeStatus[] = [
  'unchanged', 'modified', 'moved', 'renumbered', 'added', 'removed', 'split', 'merged',
];

/** How nodes are paired: by stable id (versions of one plan) or by text (different plans). */
export type MatchMode = 'identity' | 'content';

export interface DiffOptions {
  /** 'identity' pairs by id first and falls back to content for the rest. Default 'identity'. */
  match?: MatchMode;
}

/** Where a node sits in one of the two documents. */
export interface NodeRef {
  id: string;
  kind: NodeKind;
  /** The rendered number, e.g. '8.' or '（三）'; '' for unnumbered kinds. */
  number: string;
  title: string;
  /** The numbers of its ancestors and then its own, e.g. ['二、', '（三）', '8.']. */
  path: string[];
}

export interface InlineOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export type TargetField = 'value' | 'comparator' | 'year' | 'unit';

export interface TargetChange {
  change: 'changed' | 'added' | 'removed';
  indicator: string;
  before: NumericTarget | null;
  after: NumericTarget | null;
  /** For 'changed': which fields differ. */
  fields: TargetField[];
}

export interface UnitsChange {
  before: string[];
  after: string[];
  added: string[];
  removed: string[];
}

export interface NodeChange {
  status: ChangeStatus;
  before: NodeRef | null;
  after: NodeRef | null;
  /**
   * The text change, before → after: equal + delete spell the before text, equal + insert the after
   * text. An added node is one insert, a removed node one delete.
   */
  inline: InlineOp[];
  /** Whether the node's own text differs (a moved or renumbered node may also be edited). */
  textChanged: boolean;
  /** Text similarity of the pair (character-bigram Dice, 1 for equal texts), or null when unpaired. */
  similarity: number | null;
  /** For split/merged: the other nodes of the group (the main pair's partner and the other pieces). */
  related: NodeRef[];
  /**
   * For split/merged: 'main' is the pair that continues the clause (its inline is the full edit);
   * 'piece' is a node folded into it (merged) or carved out of it (split). null otherwise.
   */
  groupRole: 'main' | 'piece' | null;
  targets: TargetChange[];
  responsibleUnits: UnitsChange | null;
}

export type MetadataField =
  | 'title'
  | 'issuingBody'
  | 'documentNumber'
  | 'addressees'
  | 'date'
  | 'publicationNote'
  | 'isConsultationDraft';

export interface MetadataChange {
  field: MetadataField;
  before: string | string[] | boolean | null;
  after: string | string[] | boolean | null;
}

export type DiffSummary = Record<ChangeStatus, number>;

export interface DocumentDiff {
  match: MatchMode;
  summary: DiffSummary;
  metadata: MetadataChange[];
  /** Every node of both documents, in reading order of the after text (removed ones where they were). */
  changes: NodeChange[];
}
