import type { PlanCommand, PlanCommandType } from './commands';
import type { PlanEvent, PlanEventType } from './events';
import type { PlanErrorCode } from './shared/plan-error';
import { given } from './testing/given-when-then';
import { at, DRAFTER, HISTORIES, PLAN_ID, write } from './testing/plan-fixtures';
import { seedLikeDocument } from './testing/seed-like-document';

/**
 * Every command in every stage of a plan's life, refusals included. Each column is a stream
 * (none = nothing written yet; amending = drafting again after an issue); each cell says whether
 * the command is accepted (deciding the event PRODUCES names) or the code it is refused with.
 */
const STREAMS: Record<string, () => PlanEvent[]> = {
  none: () => [],
  ...HISTORIES,
};
type Column = 'none' | keyof typeof HISTORIES;
const COLUMNS: Column[] = [
  'none',
  'drafting',
  'consultation',
  'revising',
  'review',
  'issued',
  'amending',
];

type Cell = 'ok' | PlanErrorCode;
const OK = 'ok';
const NF = 'NOT_FOUND';
const SV = 'STAGE_VIOLATION';
const AE = 'ALREADY_EXISTS';

/** The one event each command decides when it is accepted. */
const PRODUCES: Record<PlanCommandType, PlanEventType> = {
  CreatePlan: 'PlanCreated',
  ImportPlanText: 'PlanTextImported',
  SetMetadata: 'MetadataSet',
  EditNodeText: 'NodeTextEdited',
  InsertNode: 'NodeInserted',
  DeleteNode: 'NodeDeleted',
  MoveNode: 'NodeMoved',
  ChangeNodeLevel: 'NodeLevelChanged',
  SetResponsibleUnits: 'ResponsibleUnitsSet',
  StartConsultation: 'ConsultationStarted',
  StartRevision: 'RevisionStarted',
  StartReview: 'ReviewStarted',
  IssuePlan: 'PlanIssued',
  StartAmendment: 'AmendmentStarted',
  TagVersion: 'VersionTagged',
};

// prettier-ignore
const MATRIX: Record<PlanCommandType, Cell[]> = {
  //                   none drafting consultation revising review issued amending
  CreatePlan:          [OK, AE, AE, AE, AE, AE, AE],
  ImportPlanText:      [NF, OK, SV, OK, SV, SV, OK],
  SetMetadata:         [NF, OK, SV, OK, SV, SV, OK],
  EditNodeText:        [NF, OK, SV, OK, SV, SV, OK],
  InsertNode:          [NF, OK, SV, OK, SV, SV, OK],
  DeleteNode:          [NF, OK, SV, OK, SV, SV, OK],
  MoveNode:            [NF, OK, SV, OK, SV, SV, OK],
  ChangeNodeLevel:     [NF, OK, SV, OK, SV, SV, OK],
  SetResponsibleUnits: [NF, OK, SV, OK, SV, SV, OK],
  StartConsultation:   [NF, OK, SV, OK, SV, SV, OK],
  StartRevision:       [NF, SV, OK, SV, OK, SV, SV],
  StartReview:         [NF, SV, SV, OK, SV, SV, SV],
  IssuePlan:           [NF, SV, SV, SV, OK, SV, SV],
  StartAmendment:      [NF, SV, SV, SV, SV, OK, SV],
  TagVersion:          [NF, OK, OK, OK, OK, OK, OK],
};

/** A command that is valid on the seed-like text, made on the stream's current revision. */
function commandOf(type: PlanCommandType, revision: number): PlanCommand {
  const data = write(revision);
  switch (type) {
    case 'CreatePlan':
      return {
        type,
        data: { planId: PLAN_ID, title: '沙坪坝区质量强区建设实施方案', actor: DRAFTER, at: at(30) },
      };
    case 'ImportPlanText':
      return {
        type,
        data: {
          ...data,
          document: seedLikeDocument(),
          normalizations: [{ code: 'DOUBLED_PUNCTUATION', line: 12, before: '，，', after: '，' }],
          sourceLabel: '质量强区建设实施方案（征求意见稿）.docx',
        },
      };
    case 'SetMetadata':
      return { type, data: { ...data, changes: { issuingBody: '重庆市沙坪坝区人民政府' } } };
    case 'EditNodeText':
      return {
        type,
        data: { ...data, nodeId: 'item-1', offset: 0, deleteCount: 0, insertedText: '着力' },
      };
    case 'InsertNode':
      return {
        type,
        data: {
          ...data,
          nodeId: 'item-3',
          parentId: 'section-2-1',
          index: 2,
          kind: 'item',
          text: '提升产业集群质量引领力。',
        },
      };
    case 'DeleteNode':
      return { type, data: { ...data, nodeId: 'item-2' } };
    case 'MoveNode':
      return { type, data: { ...data, nodeId: 'item-5', toParentId: 'section-2-1', toGap: 0 } };
    case 'ChangeNodeLevel':
      return { type, data: { ...data, nodeId: 'goal-industry', toKind: 'paragraph' } };
    case 'SetResponsibleUnits':
      return { type, data: { ...data, nodeId: 'item-5', units: ['区市场监管局', '区商务委'] } };
    case 'IssuePlan':
      return { type, data: { ...data, documentNumber: '沙府发〔2024〕3号', issuedOn: '2024-03-21' } };
    case 'TagVersion':
      return { type, data: { ...data, name: '专家论证稿', note: '供专家论证会使用' } };
    case 'StartConsultation':
    case 'StartRevision':
    case 'StartReview':
    case 'StartAmendment':
      return { type, data };
  }
}

const CASES = Object.entries(MATRIX).flatMap(([type, cells]) =>
  cells.map((cell, column) => [type as PlanCommandType, COLUMNS[column], cell] as const),
);

describe('every command in every stage', () => {
  it.each(CASES)('%s on a plan in %s → %s', (type, column, cell) => {
    const history = STREAMS[column]();
    const when = given(history).when(commandOf(type, history.length));
    if (cell === OK) when.thenProduces(PRODUCES[type]);
    else when.then(cell);
  });
});
