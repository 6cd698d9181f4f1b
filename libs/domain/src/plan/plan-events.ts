import type { DocumentMetadata, NodeKind, Normalization, NumberingScope } from '@planledger/documents';
import type { EventMeta } from '../shared/command-meta';

/** One node of an imported document, flattened in document order (parents before children). */
export interface FlatNode {
  id: string;
  kind: NodeKind;
  text: string;
  responsibleUnits: string[];
  /** null for a top-level node. */
  parentId: string | null;
  /** Position among its parent's children. */
  index: number;
}

/** The metadata fields an author sets directly; the number and date are set by issuing. */
export type EditableMetadataField =
  | 'title'
  | 'issuingBody'
  | 'addressees'
  | 'date'
  | 'publicationNote';

export const EDITABLE_METADATA_FIELDS: readonly EditableMetadataField[] = [
  'title',
  'issuingBody',
  'addressees',
  'date',
  'publicationNote',
];

export type EditableMetadata = Pick<DocumentMetadata, EditableMetadataField>;

export interface PlanCreated {
  type: 'PlanCreated';
  data: EventMeta & { planId: string; title: string };
}

/** Replaces the whole tree and metadata: an import is a fresh start of the text. */
export interface PlanTextImported {
  type: 'PlanTextImported';
  data: EventMeta & {
    nodes: FlatNode[];
    metadata: DocumentMetadata;
    normalizations: Normalization[];
    /** Where the text came from, e.g. the uploaded file name. */
    sourceLabel: string;
    /**
     * The document's numbering scopes (items running on through a part: { item: 'topLevel' }).
     * Absent when every kind uses its default scope, and in events written before it existed.
     */
    numbering?: DocumentNumbering;
  };
}

/** Numbering scopes that differ from each kind's default (see `PlanDocument.numbering`). */
export type DocumentNumbering = Partial<Record<NodeKind, NumberingScope>>;

export interface MetadataSet {
  type: 'MetadataSet';
  data: EventMeta & {
    /** Only the fields that changed. */
    changes: Partial<EditableMetadata>;
    /** Their values before, same keys as `changes`. */
    previous: Partial<EditableMetadata>;
  };
}

export type PlanLifecycleEvent = PlanCreated | PlanTextImported | MetadataSet;
