import type { PlanEvent } from '../events';
import { requireExistingPlan, requireStage } from '../plan/plan-guards';
import type { PlanState } from '../plan/plan-state';
import { eventMetaFrom } from '../shared/command-meta';
import { badInput, PlanError } from '../shared/plan-error';
import { isIsoDate } from '../shared/text-rules';
import { parseDocumentNumber } from './document-number';
import type {
  IssuePlan,
  StartAmendment,
  StartConsultation,
  StartReview,
  StartRevision,
} from './stage-commands';
import type { DuringAmendment } from './stage-events';

/** Opens a consultation round; the text is frozen as the consultation draft until revising. */
export function decideStartConsultation(command: StartConsultation, state: PlanState): PlanEvent[] {
  const meta = eventMetaFrom(command.data);
  requireExistingPlan(state, command.data);
  requireStage(state, ['drafting', 'revising'], 'starting a consultation round');
  const round = state.consultationRounds + 1;
  return [{ type: 'ConsultationStarted', data: { ...meta, round, ...duringAmendment(state) } }];
}

/** Back to editing after a round, or when review sends the text back (审议未通过). */
export function decideStartRevision(command: StartRevision, state: PlanState): PlanEvent[] {
  const meta = eventMetaFrom(command.data);
  requireExistingPlan(state, command.data);
  requireStage(state, ['consultation', 'review'], 'starting a revision');
  const fromStage = state.stage === 'review' ? 'review' : 'consultation';
  return [{ type: 'RevisionStarted', data: { ...meta, fromStage } }];
}

/** 送审: only a text revised after at least one consultation round goes to review. */
export function decideStartReview(command: StartReview, state: PlanState): PlanEvent[] {
  const meta = eventMetaFrom(command.data);
  requireExistingPlan(state, command.data);
  requireStage(state, ['revising'], 'submitting for review');
  return [{ type: 'ReviewStarted', data: { ...meta, ...duringAmendment(state) } }];
}

/** 印发: after review, under a document number no earlier issue of this plan has used. */
export function decideIssuePlan(command: IssuePlan, state: PlanState): PlanEvent[] {
  const { documentNumber, issuedOn } = command.data;
  const meta = eventMetaFrom(command.data);
  requireExistingPlan(state, command.data);
  requireStage(state, ['review'], 'issuing');
  if (typeof documentNumber !== 'string' || parseDocumentNumber(documentNumber) === null) {
    throw badInput('documentNumber', 'write the number as 机关代字〔2023〕52号');
  }
  if (!isIsoDate(issuedOn)) throw badInput('issuedOn', 'issuedOn must be a date yyyy-mm-dd');
  if (state.issuedDocumentNumbers.includes(documentNumber)) {
    throw new PlanError('ALREADY_EXISTS', `${documentNumber} was already issued`, {
      field: 'documentNumber',
    });
  }
  return [
    { type: 'PlanIssued', data: { ...meta, documentNumber, issuedOn, ...duringAmendment(state) } },
  ];
}

/** An issued text never changes; an amendment drafts its successor in the same stream. */
export function decideStartAmendment(command: StartAmendment, state: PlanState): PlanEvent[] {
  const meta = eventMetaFrom(command.data);
  requireExistingPlan(state, command.data);
  requireStage(state, ['issued'], 'starting an amendment');
  const amendsDocumentNumber = state.issuedDocumentNumbers[state.issuedDocumentNumbers.length - 1];
  return [
    {
      type: 'AmendmentStarted',
      data: { ...meta, amendment: state.amendment + 1, amendsDocumentNumber },
    },
  ];
}

/** The amendment a stage event belongs to, written only once the plan is being amended. */
function duringAmendment(state: PlanState): DuringAmendment {
  return state.amendment === 0 ? {} : { amendment: state.amendment };
}
