import type { NodeKind, PlanDocument } from '@planledger/documents';
import type { PlanEvent } from '../events';
import { flattenDocument } from '../plan/document-tree';
import type { EditableMetadata } from '../plan/plan-events';
import type { EventMeta } from '../shared/command-meta';
import { seedLikeDocument } from './seed-like-document';

export const PLAN_ID = 'shapingba-quality-2023';
export const DRAFTER = 'u-drafter-zhang';
export const REVIEWER = 'u-office-li';

/** Minute n of a working morning in Beijing time: specs never read a clock. */
export function at(minute: number): string {
  return `2024-03-20T09:${String(minute).padStart(2, '0')}:00+08:00`;
}

export function meta(minute = 0, actor = DRAFTER): EventMeta {
  return { actor, at: at(minute) };
}

/** What the author of a write saw: the plan and a revision, plus who and when. */
export function write(expectedRevision: number, minute = 30, actor = DRAFTER) {
  return { planId: PLAN_ID, expectedRevision, actor, at: at(minute) };
}

export function planCreated(): PlanEvent {
  return {
    type: 'PlanCreated',
    data: { ...meta(0), planId: PLAN_ID, title: '沙坪坝区质量强区建设实施方案' },
  };
}

export function textImported(document: PlanDocument = seedLikeDocument()): PlanEvent {
  return {
    type: 'PlanTextImported',
    data: {
      ...meta(1),
      nodes: flattenDocument(document),
      metadata: document.metadata,
      normalizations: [],
      sourceLabel: '沙坪坝区质量强区建设实施方案.docx',
      ...(document.numbering === undefined ? {} : { numbering: document.numbering }),
    },
  };
}

export const consultationStarted = (round = 1): PlanEvent => ({
  type: 'ConsultationStarted',
  data: { ...meta(2), round },
});
export const revisionStarted = (
  fromStage: 'consultation' | 'review' = 'consultation',
): PlanEvent => ({
  type: 'RevisionStarted',
  data: { ...meta(3), fromStage },
});
export const reviewStarted = (): PlanEvent => ({ type: 'ReviewStarted', data: meta(4) });
export const planIssued = (documentNumber = '沙府发〔2023〕52号'): PlanEvent => ({
  type: 'PlanIssued',
  data: { ...meta(5, REVIEWER), documentNumber, issuedOn: '2023-12-25' },
});
export const amendmentStarted = (amendment = 1): PlanEvent => ({
  type: 'AmendmentStarted',
  data: { ...meta(6), amendment, amendsDocumentNumber: '沙府发〔2023〕52号' },
});

/** A plan with the seed-like text, in each stage of its life. */
export const HISTORIES = {
  drafting: (): PlanEvent[] => [planCreated(), textImported()],
  consultation: (): PlanEvent[] => [...HISTORIES.drafting(), consultationStarted()],
  revising: (): PlanEvent[] => [...HISTORIES.consultation(), revisionStarted()],
  review: (): PlanEvent[] => [...HISTORIES.revising(), reviewStarted()],
  issued: (): PlanEvent[] => [...HISTORIES.review(), planIssued()],
  amending: (): PlanEvent[] => [...HISTORIES.issued(), amendmentStarted()],
};

export function textEdited(
  nodeId: string,
  offset: number,
  deletedText: string,
  insertedText: string,
  minute = 10,
  actor = DRAFTER,
): PlanEvent {
  return {
    type: 'NodeTextEdited',
    data: {
      ...meta(minute, actor),
      nodeId,
      offset,
      deleteCount: deletedText.length,
      deletedText,
      insertedText,
    },
  };
}

type Place = [parentId: string | null, index: number];

/** An item 新增任务。 inserted at a place. */
export function nodeInserted(nodeId: string, [parentId, index]: Place, minute = 10): PlanEvent {
  const node = { kind: 'item' as const, text: '新增任务。', responsibleUnits: [] };
  return { type: 'NodeInserted', data: { ...meta(minute), nodeId, parentId, index, ...node } };
}

export function nodeDeleted(
  nodeId: string,
  [parentId, index]: Place,
  subtreeIds = [nodeId],
  minute = 10,
): PlanEvent {
  return { type: 'NodeDeleted', data: { ...meta(minute), nodeId, parentId, index, subtreeIds } };
}

export function nodeMoved(
  nodeId: string,
  [fromParentId, fromIndex]: Place,
  [toParentId, toIndex]: Place,
  minute = 10,
): PlanEvent {
  const places = { fromParentId, fromIndex, toParentId, toIndex };
  return { type: 'NodeMoved', data: { ...meta(minute), nodeId, ...places } };
}

export function levelChanged(
  nodeId: string,
  fromKind: NodeKind,
  toKind: NodeKind,
  minute = 10,
): PlanEvent {
  return { type: 'NodeLevelChanged', data: { ...meta(minute), nodeId, fromKind, toKind } };
}

export function unitsSet(
  nodeId: string,
  units: string[],
  previous: string[],
  minute = 10,
): PlanEvent {
  return { type: 'ResponsibleUnitsSet', data: { ...meta(minute), nodeId, units, previous } };
}

export function metadataSet(
  changes: Partial<EditableMetadata>,
  previous: Partial<EditableMetadata>,
  minute = 10,
): PlanEvent {
  return { type: 'MetadataSet', data: { ...meta(minute), changes, previous } };
}
