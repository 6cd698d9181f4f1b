import type { PlanState } from '../plan/plan-state';
import type { StageEvent } from './stage-events';

/** The 征求意见稿 mark follows the stage: set while a round is open, cleared afterwards. */
export function evolveStages(state: PlanState, event: StageEvent): PlanState {
  switch (event.type) {
    case 'ConsultationStarted':
      return {
        ...state,
        stage: 'consultation',
        consultationRounds: event.data.round,
        metadata: { ...state.metadata, isConsultationDraft: true },
      };
    case 'RevisionStarted':
      return {
        ...state,
        stage: 'revising',
        metadata: { ...state.metadata, isConsultationDraft: false },
      };
    case 'ReviewStarted':
      return { ...state, stage: 'review' };
    case 'PlanIssued':
      return {
        ...state,
        stage: 'issued',
        issuedDocumentNumbers: [...state.issuedDocumentNumbers, event.data.documentNumber],
        metadata: {
          ...state.metadata,
          documentNumber: event.data.documentNumber,
          date: event.data.issuedOn,
          isConsultationDraft: false,
        },
      };
    case 'AmendmentStarted':
      return {
        ...state,
        stage: 'drafting',
        amendment: event.data.amendment,
        metadata: { ...state.metadata, documentNumber: null, date: null },
      };
  }
}
