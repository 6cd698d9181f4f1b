import type { EventMeta } from '../shared/command-meta';

/** The consultation draft (征求意见稿) is the text as of this event; it stays frozen until revising. */
export interface ConsultationStarted {
  type: 'ConsultationStarted';
  /** Rounds are numbered across the plan's whole life, amendments included: 1, 2, 3… */
  data: EventMeta & { round: number };
}

export interface RevisionStarted {
  type: 'RevisionStarted';
  /** After a consultation round closes, or when review sends the text back. */
  data: EventMeta & { fromStage: 'consultation' | 'review' };
}

/** 送审: the review draft is the text as of this event. */
export interface ReviewStarted {
  type: 'ReviewStarted';
  data: EventMeta;
}

export interface PlanIssued {
  type: 'PlanIssued';
  /** documentNumber e.g. 沙府发〔2023〕52号; issuedOn the 成文日期 as yyyy-mm-dd. */
  data: EventMeta & { documentNumber: string; issuedOn: string };
}

/** Re-opens drafting on an issued plan; the events after it are the amendment's history. */
export interface AmendmentStarted {
  type: 'AmendmentStarted';
  /** amendment: 1 for the first amendment of the plan, 2 for the second… */
  data: EventMeta & { amendment: number; amendsDocumentNumber: string };
}

export type StageEvent =
  | ConsultationStarted
  | RevisionStarted
  | ReviewStarted
  | PlanIssued
  | AmendmentStarted;
