import type { PlanCommand } from '../commands';
import { decide } from '../decide';
import type { PlanEvent } from '../events';
import type { EditableMetadata } from '../plan/plan-events';
import { PlanConflictError } from '../shared/plan-error';
import { given, refusalOf } from '../testing/given-when-then';
import {
  HISTORIES,
  levelChanged,
  metadataSet,
  nodeDeleted,
  nodeInserted,
  nodeMoved,
  textEdited,
  textImported,
  unitsSet,
  write,
} from '../testing/plan-fixtures';
import { seedLikeDocument } from '../testing/seed-like-document';
import { handle } from './handle';
import { rebase } from './rebase';

// The author saw the seed-like text at revision SEEN; other authors' events follow it.
// item-1 reads 增强产业基础质量支撑。加快产业基础高级化进程。 (质量 at 6–7, 加快 at 11–12).
const drafting = HISTORIES.drafting();
const SEEN = drafting.length;
const other = 'u-wang';

const sectionDeleted = nodeDeleted(
  'section-2-1',
  ['part-2', 0],
  ['section-2-1', 'item-1', 'item-2'],
);

const editItem1 = (offset: number, deleteCount: number, insertedText: string): PlanCommand => ({
  type: 'EditNodeText',
  data: { ...write(SEEN), nodeId: 'item-1', offset, deleteCount, insertedText },
});

function conflictingRevisions(history: PlanEvent[], command: PlanCommand): readonly number[] {
  const error = given(history).when(command).then('CONFLICT');
  expect(error).toBeInstanceOf(PlanConflictError);
  return (error as PlanConflictError).conflictingRevisions;
}

describe('rebase: text edits made on a stale revision', () => {
  it('shifts an edit past a concurrent edit earlier in the same node', () => {
    given([...drafting, textEdited('item-1', 0, '', '着力', 11, other)])
      .when(editItem1(11, 2, '加速推进'))
      .then([textEdited('item-1', 13, '加快', '加速推进', 30)]);
  });

  it('keeps an edit in place when the concurrent edit comes later in the text', () => {
    given([...drafting, textEdited('item-1', 11, '加快', '加速', 11, other)])
      .when(editItem1(0, 2, '提升'))
      .then([textEdited('item-1', 0, '增强', '提升', 30)]);
  });

  it('puts an insertion at the same offset after the one accepted first', () => {
    given([...drafting, textEdited('item-1', 0, '', '全面', 11, other)])
      .when(editItem1(0, 0, '着力'))
      .then([textEdited('item-1', 2, '', '着力', 30)]);
  });

  it('refuses an edit whose range intersects a concurrent deletion, naming it', () => {
    const history = [...drafting, textEdited('item-1', 6, '质量', '', 11, other)];
    expect(conflictingRevisions(history, editItem1(6, 4, '品质保障'))).toEqual([SEEN + 1]);
  });

  it('names every concurrent edit that touched the same text', () => {
    const history = [
      ...drafting,
      textEdited('item-1', 6, '质量', '', 11, other),
      textEdited('item-1', 0, '', '全面', 12, other),
      textEdited('item-1', 9, '', '体系', 13, other),
    ];
    expect(conflictingRevisions(history, editItem1(6, 4, '品质保障'))).toEqual([SEEN + 1, SEEN + 3]);
  });

  it('refuses an insertion strictly inside a concurrently deleted range', () => {
    given([...drafting, textEdited('item-1', 4, '基础质量', '', 11, other)])
      .when(editItem1(6, 0, '产品'))
      .then('CONFLICT');
  });

  it('accepts an insertion where a concurrent deletion ended', () => {
    given([...drafting, textEdited('item-1', 4, '基础', '', 11, other)])
      .when(editItem1(6, 0, '产品'))
      .then([textEdited('item-1', 4, '', '产品', 30)]);
  });

  it('refuses an edit of a node deleted with its section since', () => {
    const history = [...drafting, sectionDeleted];
    expect(conflictingRevisions(history, editItem1(0, 0, '着力'))).toEqual([SEEN + 1]);
  });

  it('refuses every edit after a concurrent import', () => {
    given([...drafting, textImported()]).when(editItem1(0, 0, '着力')).then('CONFLICT');
  });

  it('is not disturbed by moves, renumbering, level changes, units or other nodes', () => {
    given([
      ...drafting,
      nodeMoved('item-1', ['section-2-1', 0], ['section-2-2', 1]),
      nodeInserted('item-new', ['section-2-2', 0]),
      levelChanged('goal-industry', 'bullet', 'paragraph'),
      unitsSet('item-1', ['区科技局'], ['区经济信息委', '区科技局', '区市场监管局']),
      textEdited('item-2', 0, '', '着力', 13, other),
    ])
      .when(editItem1(11, 2, '加速'))
      .then([textEdited('item-1', 11, '加快', '加速', 30)]);
  });
});

describe('rebase: structure and attributes on a stale revision', () => {
  const insertItem3 = (index: number): PlanCommand => ({
    type: 'InsertNode',
    data: {
      ...write(SEEN),
      nodeId: 'item-3',
      parentId: 'section-2-1',
      index,
      kind: 'item',
      text: '新任务。',
    },
  });
  const moveItem1 = (toParentId: string, toGap: number): PlanCommand => ({
    type: 'MoveNode',
    data: { ...write(SEEN), nodeId: 'item-1', toParentId, toGap },
  });

  it('shifts an insertion index past siblings inserted before it', () => {
    const [event] = given([...drafting, nodeInserted('item-a', ['section-2-1', 0])])
      .when(insertItem3(1))
      .thenProduces('NodeInserted');
    expect(event.type === 'NodeInserted' && event.data.index).toBe(2);
  });

  it('shifts an insertion index back past siblings deleted before it', () => {
    const [event] = given([...drafting, nodeDeleted('item-1', ['section-2-1', 0])])
      .when(insertItem3(2))
      .thenProduces('NodeInserted');
    expect(event.type === 'NodeInserted' && event.data.index).toBe(1);
  });

  it('refuses an insertion under a section deleted since', () => {
    given([...drafting, sectionDeleted]).when(insertItem3(0)).then('CONFLICT');
  });

  it('shifts a move gap past a sibling inserted before it', () => {
    given([...drafting, nodeInserted('item-a', ['section-2-2', 0])])
      .when(moveItem1('section-2-2', 1))
      .then([nodeMoved('item-1', ['section-2-1', 0], ['section-2-2', 2], 30)]);
  });

  it('refuses a move of a node someone else moved since', () => {
    given([...drafting, nodeMoved('item-1', ['section-2-1', 0], ['section-2-1', 1])])
      .when(moveItem1('section-2-2', 0))
      .then('CONFLICT');
  });

  it('refuses a move into a section deleted since', () => {
    given([...drafting, nodeDeleted('section-2-2', ['part-2', 1], ['section-2-2', 'item-5'])])
      .when(moveItem1('section-2-2', 0))
      .then('CONFLICT');
  });

  it('refuses to delete a section in which someone edited text since', () => {
    const history = [...drafting, textEdited('item-2', 0, '', '着力', 11, other)];
    const command: PlanCommand = {
      type: 'DeleteNode',
      data: { ...write(SEEN), nodeId: 'section-2-1' },
    };
    expect(conflictingRevisions(history, command)).toEqual([SEEN + 1]);
  });

  it('deletes a section whose item was moved out since, leaving the moved item alone', () => {
    given([...drafting, nodeMoved('item-2', ['section-2-1', 1], ['section-2-2', 1])])
      .when({ type: 'DeleteNode', data: { ...write(SEEN), nodeId: 'section-2-1' } })
      .then([nodeDeleted('section-2-1', ['part-2', 0], ['section-2-1', 'item-1'], 30)]);
  });

  it('refuses a level change when the same node got one since', () => {
    given([...drafting, levelChanged('goal-industry', 'bullet', 'paragraph')])
      .when({
        type: 'ChangeNodeLevel',
        data: { ...write(SEEN), nodeId: 'goal-industry', toKind: 'paragraph' },
      })
      .then('CONFLICT');
  });

  it('refuses units when the same node got units since, accepts them after a text edit', () => {
    const command: PlanCommand = {
      type: 'SetResponsibleUnits',
      data: { ...write(SEEN), nodeId: 'item-5', units: ['区商务委'] },
    };
    given([...drafting, unitsSet('item-5', ['区科技局'], ['区市场监管局'])]).when(command).then('CONFLICT');
    given([...drafting, textEdited('item-5', 0, '', '大力', 11, other)])
      .when(command)
      .then([unitsSet('item-5', ['区商务委'], ['区市场监管局'], 30)]);
  });
});

describe('rebase: metadata, imports and stages on a stale revision', () => {
  const issuingBodySet = metadataSet({ issuingBody: '重庆市沙坪坝区人民政府' }, { issuingBody: null });
  const setMetadata = (changes: Partial<EditableMetadata>): PlanCommand => ({
    type: 'SetMetadata',
    data: { ...write(SEEN), changes },
  });

  it('refuses metadata when the same field changed since, accepts other fields', () => {
    given([...drafting, issuingBodySet])
      .when(setMetadata({ issuingBody: '沙坪坝区政府' }))
      .then('CONFLICT');
    given([...drafting, issuingBodySet])
      .when(setMetadata({ publicationNote: '此件公开发布' }))
      .then([metadataSet({ publicationNote: '此件公开发布' }, { publicationNote: null }, 30)]);
  });

  it('refuses an import that would replace an edit its author did not see', () => {
    given([...drafting, textEdited('item-1', 0, '', '着力', 11, other)])
      .when({
        type: 'ImportPlanText',
        data: {
          ...write(SEEN),
          document: seedLikeDocument(),
          normalizations: [],
          sourceLabel: 'v2.docx',
        },
      })
      .then('CONFLICT');
  });

  it('refuses a stage transition after any change its author did not see', () => {
    given([...drafting, textEdited('item-1', 0, '', '着力', 11, other)])
      .when({ type: 'StartConsultation', data: write(SEEN) })
      .then('CONFLICT');
  });

  it('lets decide refuse a stale edit once the text is frozen for consultation', () => {
    given(HISTORIES.consultation()).when(editItem1(0, 0, '着力')).then('STAGE_VIOLATION');
  });
});

describe('handle', () => {
  const history = [...drafting, textEdited('item-1', 0, '', '全面', 11, other)];
  const state = given(history).state;

  it('needs every event after the expected revision', () => {
    expect(refusalOf(() => handle(editItem1(0, 0, '着力'), state, [])).code).toBe('BAD_USER_INPUT');
    expect(handle(editItem1(0, 0, '着力'), state, history.slice(SEEN))).toEqual([
      textEdited('item-1', 2, '', '着力', 30),
    ]);
  });

  it('counts conflicting revisions from the expected revision', () => {
    const deletion = [...drafting, textEdited('item-1', 6, '质量', '', 11, other)];
    const run = () => handle(editItem1(7, 0, '品'), given(deletion).state, deletion.slice(SEEN));
    expect(refusalOf(run)).toMatchObject({ code: 'CONFLICT', conflictingRevisions: [3] });
  });
});

describe('rebase and decide together', () => {
  const history = [...drafting, textEdited('item-1', 0, '', '全面', 11, other)];
  const state = given(history).state;

  it('returns the command as made on the current revision, with transformed offsets', () => {
    expect(rebase(editItem1(0, 0, '着力'), history.slice(SEEN), state)).toEqual({
      type: 'EditNodeText',
      data: { ...write(SEEN + 1), nodeId: 'item-1', offset: 2, deleteCount: 0, insertedText: '着力' },
    });
  });

  it('has decide refuse a stale command that skipped rebase, naming the unseen events', () => {
    expect(refusalOf(() => decide(editItem1(0, 0, '着力'), state))).toMatchObject({
      code: 'CONFLICT',
      conflictingRevisions: [SEEN + 1],
    });
  });
});
