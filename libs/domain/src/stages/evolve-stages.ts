import type { PlanDraft } from '../plan/plan-draft';
import type { StageEvent } from './stage-events';

/** The 征求意见稿 mark follows the stage: set while a round is open, cleared afterwards. */
export function evolveStages(draft: PlanDraft, event: StageEvent): void {
  const { metadata, issuedDocumentNumbers } = draft.current;
  switch (event.type) {
    case 'ConsultationStarted':
      draft.assign({
        stage: 'consultation',
        consultationRounds: event.data.round,
        metadata: { ...metadata, isConsultationDraft: true },
      });
      return;
    case 'RevisionStarted':
      draft.assign({ stage: 'revising', metadata: { ...metadata, isConsultationDraft: false } });
      return;
    case 'ReviewStarted':
      draft.assign({ stage: 'review' });
      return;
    case 'PlanIssued':
      draft.assign({
        stage: 'issued',
        issuedDocumentNumbers: [...issuedDocumentNumbers, event.data.documentNumber],
        metadata: {
          ...metadata,
          documentNumber: event.data.documentNumber,
          date: event.data.issuedOn,
          isConsultationDraft: false,
        },
      });
      return;
    case 'AmendmentStarted':
      draft.assign({
        stage: 'drafting',
        amendment: event.data.amendment,
        metadata: { ...metadata, documentNumber: null, date: null },
      });
      return;
  }
}
