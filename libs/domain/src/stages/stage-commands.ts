import type { WriteCommandMeta } from '../shared/command-meta';

export interface StartConsultation {
  type: 'StartConsultation';
  data: WriteCommandMeta;
}

export interface StartRevision {
  type: 'StartRevision';
  data: WriteCommandMeta;
}

export interface StartReview {
  type: 'StartReview';
  data: WriteCommandMeta;
}

export interface IssuePlan {
  type: 'IssuePlan';
  /** documentNumber e.g. 沙府发〔2023〕52号; issuedOn yyyy-mm-dd. */
  data: WriteCommandMeta & { documentNumber: string; issuedOn: string };
}

export interface StartAmendment {
  type: 'StartAmendment';
  data: WriteCommandMeta;
}

export type StageCommand =
  | StartConsultation
  | StartRevision
  | StartReview
  | IssuePlan
  | StartAmendment;
