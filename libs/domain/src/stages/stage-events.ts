import type { EventMeta } from '../shared/command-meta';

/**
 * Set on the stage events of an amendment's history (1 = the first amendment), so each event
 * alone names its version (第1次修订 送审稿). Absent for the original plan.
 */
export interface DuringAmendment {
  amendment?: number;
}

/** The consultation draft (征求意见稿) is the text as of this event; it stays frozen until revising. */
export interface ConsultationStarted {
  type: 'ConsultationStarted';
  /** Rounds are numbered across the plan's whole life, amendments included: 1, 2, 3… */
  data: EventMeta & { round: number } & DuringAmendment;
}

export interface RevisionStarted {
  type: 'RevisionStarted';
  /** After a consultation round closes, or when review sends the text back. */
  data: EventMeta & { fromStage: 'consultation' | 'review' };
}

/** 送审: the review draft is the text as of this event. */
export interface ReviewStarted {
  type: 'ReviewStarted';
  data: EventMeta & DuringAmendment;
}

export interface PlanIssued {
  type: 'PlanIssued';
  /** documentNumber e.g. 沙府发〔2023〕52号; issuedOn the 成文日期 as yyyy-mm-dd. */
  data: EventMeta & { documentNumber: string; issuedOn: string } & DuringAmendment;
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
