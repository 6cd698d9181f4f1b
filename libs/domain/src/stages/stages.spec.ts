import type { PlanCommand } from '../commands';
import type { PlanEvent } from '../events';
import { toDocument } from '../plan/document-tree';
import { given, stateAfter } from '../testing/given-when-then';
import {
  amendmentStarted,
  consultationStarted,
  HISTORIES,
  meta,
  planIssued,
  reviewStarted,
  revisionStarted,
  write,
} from '../testing/plan-fixtures';
import { parseDocumentNumber } from './document-number';

type StageCommandType = 'StartConsultation' | 'StartRevision' | 'StartReview' | 'StartAmendment';

const stageCommand = (type: StageCommandType, history: PlanEvent[]): PlanCommand => ({
  type,
  data: write(history.length),
});
const issue = (
  history: PlanEvent[],
  documentNumber: string,
  issuedOn = '2023-12-25',
): PlanCommand => ({
  type: 'IssuePlan',
  data: { ...write(history.length), documentNumber, issuedOn },
});
const issued = (documentNumber: string, issuedOn: string): PlanEvent => ({
  type: 'PlanIssued',
  data: { ...meta(30), documentNumber, issuedOn },
});
const amended = (amendment: number, amendsDocumentNumber: string): PlanEvent => ({
  type: 'AmendmentStarted',
  data: { ...meta(30), amendment, amendsDocumentNumber },
});

describe('consultation rounds', () => {
  it('opens round 1 from drafting and freezes the text as the consultation draft', () => {
    const drafting = HISTORIES.drafting();
    const [event] = given(drafting)
      .when(stageCommand('StartConsultation', drafting))
      .then([{ type: 'ConsultationStarted', data: { ...meta(30), round: 1 } }]);
    const state = stateAfter([...drafting, event]);
    expect(state.stage).toBe('consultation');
    expect(toDocument(state).metadata.isConsultationDraft).toBe(true);
  });

  it('numbers a second round after revising', () => {
    const revising = HISTORIES.revising();
    given(revising)
      .when(stageCommand('StartConsultation', revising))
      .then([{ type: 'ConsultationStarted', data: { ...meta(30), round: 2 } }]);
  });

  it('keeps counting rounds through an amendment', () => {
    const amending = HISTORIES.amending();
    given(amending)
      .when(stageCommand('StartConsultation', amending))
      .then([{ type: 'ConsultationStarted', data: { ...meta(30), round: 2, amendment: 1 } }]);
  });
});

describe('revision and review', () => {
  it('starts revising when a round closes; the text is no longer the consultation draft', () => {
    const consultation = HISTORIES.consultation();
    const [event] = given(consultation)
      .when(stageCommand('StartRevision', consultation))
      .then([{ type: 'RevisionStarted', data: { ...meta(30), fromStage: 'consultation' } }]);
    expect(stateAfter([...consultation, event]).metadata.isConsultationDraft).toBe(false);
  });

  it('goes back to revising when review sends the text back', () => {
    const review = HISTORIES.review();
    given(review)
      .when(stageCommand('StartRevision', review))
      .then([{ type: 'RevisionStarted', data: { ...meta(30), fromStage: 'review' } }]);
  });

  it('submits the revised text for review (送审)', () => {
    const revising = HISTORIES.revising();
    given(revising)
      .when(stageCommand('StartReview', revising))
      .then([{ type: 'ReviewStarted', data: meta(30) }]);
  });
});

describe('IssuePlan', () => {
  const review = HISTORIES.review();

  it('issues under a document number and date, which the document then carries', () => {
    const [event] = given(review)
      .when(issue(review, '沙府发〔2023〕52号'))
      .then([issued('沙府发〔2023〕52号', '2023-12-25')]);
    expect(toDocument(stateAfter([...review, event])).metadata).toMatchObject({
      documentNumber: '沙府发〔2023〕52号',
      date: '2023-12-25',
      isConsultationDraft: false,
    });
  });

  it.each([
    ['square brackets', '沙府发[2023]52号'],
    ['lenticular brackets', '沙府发【2023】52号'],
    ['full-width square brackets', '沙府发［2023］52号'],
    ['round brackets', '沙府发（2023）52号'],
    ['a two-digit year', '沙府发〔23〕52号'],
    ['a leading zero', '沙府发〔2023〕052号'],
    ['第 before the number', '沙府发〔2023〕第52号'],
    ['no 号', '沙府发〔2023〕52'],
    ['no 机关代字', '〔2023〕52号'],
    ['full-width digits', '沙府发〔２０２３〕５２号'],
    ['a number zero', '沙府发〔2023〕0号'],
  ])('refuses a document number with %s', (_, documentNumber) => {
    given(review).when(issue(review, documentNumber)).then('BAD_USER_INPUT');
  });

  it.each([['2023-02-30'], ['2023-12-25T00:00:00Z'], ['2023年12月25日'], ['']])(
    'refuses the issue date %s',
    (issuedOn) => {
      given(review).when(issue(review, '沙府发〔2023〕52号', issuedOn)).then('BAD_USER_INPUT');
    },
  );

  it('refuses a number this plan was already issued under', () => {
    const again = [
      ...HISTORIES.amending(),
      consultationStarted(2),
      revisionStarted(),
      reviewStarted(),
    ];
    given(again).when(issue(again, '沙府发〔2023〕52号')).then('ALREADY_EXISTS');
    given(again).when(issue(again, '沙府发〔2024〕7号', '2024-06-01')).thenProduces('PlanIssued');
  });
});

describe('StartAmendment', () => {
  it('re-opens drafting on an issued plan, naming the number it amends', () => {
    const issuedPlan = HISTORIES.issued();
    const [event] = given(issuedPlan)
      .when(stageCommand('StartAmendment', issuedPlan))
      .then([amended(1, '沙府发〔2023〕52号')]);
    const state = stateAfter([...issuedPlan, event]);
    expect(state).toMatchObject({
      stage: 'drafting',
      amendment: 1,
      issuedDocumentNumbers: ['沙府发〔2023〕52号'],
    });
    expect(state.metadata.documentNumber).toBeNull();
  });

  it('amends the latest issue the second time', () => {
    const reissued = [
      ...HISTORIES.amending(),
      consultationStarted(2),
      revisionStarted(),
      reviewStarted(),
      planIssued('沙府发〔2024〕7号'),
    ];
    given(reissued)
      .when(stageCommand('StartAmendment', reissued))
      .then([amended(2, '沙府发〔2024〕7号')]);
  });

  it('never re-opens a plan that is not issued', () => {
    const amending = [...HISTORIES.issued(), amendmentStarted()];
    given(amending).when(stageCommand('StartAmendment', amending)).then('STAGE_VIOLATION');
  });
});

describe('parseDocumentNumber', () => {
  it('reads 机关代字, year and serial', () => {
    expect(parseDocumentNumber('沙府发〔2023〕52号')).toEqual({
      issuerCode: '沙府发',
      year: 2023,
      serial: 52,
    });
    expect(parseDocumentNumber('渝府办发〔2024〕108号')).toMatchObject({ serial: 108 });
  });
});
