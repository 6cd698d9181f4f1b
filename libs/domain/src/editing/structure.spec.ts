import type { NodeKind } from '@planledger/documents';
import type { PlanCommand } from '../commands';
import type { PlanEvent } from '../events';
import { toDocument } from '../plan/document-tree';
import { given, stateAfter } from '../testing/given-when-then';
import { HISTORIES, meta, nodeDeleted, nodeMoved, write } from '../testing/plan-fixtures';

const drafting = HISTORIES.drafting();
const revision = drafting.length;

const childIds = (events: PlanEvent[], parentId: string) => stateAfter(events).childIds[parentId];

describe('InsertNode', () => {
  const TEXT = '提升产业集群质量引领力。';
  const insert = (
    nodeId: string,
    [parentId, index]: [string | null, number],
    kind: NodeKind,
    responsibleUnits?: string[],
    seen = revision,
  ): PlanCommand => ({
    type: 'InsertNode',
    data: { ...write(seen), nodeId, parentId, index, kind, text: TEXT, responsibleUnits },
  });

  it('inserts a node with the id the client chose, and renumbers by position', () => {
    const [event] = given(drafting)
      .when(insert('item-3', ['section-2-1', 1], 'item', ['区经济信息委']))
      .then([
        {
          type: 'NodeInserted',
          data: {
            ...meta(30),
            nodeId: 'item-3',
            parentId: 'section-2-1',
            index: 1,
            kind: 'item',
            text: TEXT,
            responsibleUnits: ['区经济信息委'],
          },
        },
      ]);
    expect(childIds([...drafting, event], 'section-2-1')).toEqual(['item-1', 'item-3', 'item-2']);
  });

  it('inserts at the top level and under a parent without children yet', () => {
    given(drafting).when(insert('part-3', [null, 3], 'part')).thenProduces('NodeInserted');
    given(drafting).when(insert('sub-1', ['item-1', 0], 'subitem')).thenProduces('NodeInserted');
  });

  it('refuses an id in use, or one deleted before', () => {
    given(drafting).when(insert('item-2', ['section-2-1', 0], 'item')).then('ALREADY_EXISTS');
    const afterDelete = [...drafting, nodeDeleted('item-2', ['section-2-1', 1])];
    given(afterDelete)
      .when(insert('item-2', ['section-2-1', 0], 'item', [], afterDelete.length))
      .then('ALREADY_EXISTS');
  });

  it('refuses an unknown parent', () => {
    given(drafting).when(insert('item-3', ['section-9', 0], 'item')).then('NOT_FOUND');
  });

  it.each<[string, [string | null, number], NodeKind]>([
    ['a sub-item directly under a section', ['section-2-1', 0], 'subitem'],
    ['a part under a part', ['part-2', 0], 'part'],
    ['a child under a bullet', ['goal-industry', 0], 'paragraph'],
    ['an article under a section', ['section-2-1', 0], 'article'],
    ['an index past the last child', ['section-2-1', 3], 'item'],
    ['a negative index', ['section-2-1', -1], 'item'],
    ['an unknown kind', ['section-2-1', 0], 'clause' as NodeKind],
  ])('refuses %s', (_, place, kind) => {
    given(drafting).when(insert('new', place, kind)).then('BAD_USER_INPUT');
  });

  it('refuses a blank responsible unit', () => {
    given(drafting)
      .when(insert('item-3', ['section-2-1', 0], 'item', ['  ']))
      .then('BAD_USER_INPUT');
  });
});

describe('DeleteNode', () => {
  const remove = (nodeId: string): PlanCommand => ({
    type: 'DeleteNode',
    data: { ...write(revision), nodeId },
  });

  it('deletes a node with its subtree, listing every id removed', () => {
    const subtree = ['section-2-1', 'item-1', 'item-2'];
    const [event] = given(drafting)
      .when(remove('section-2-1'))
      .then([nodeDeleted('section-2-1', ['part-2', 0], subtree, 30)]);
    const state = stateAfter([...drafting, event]);
    expect(state.childIds['part-2']).toEqual(['section-2-2']);
    expect(Object.keys(state.nodes)).not.toContain('item-1');
    expect(Object.keys(state.retiredNodeIds)).toEqual(subtree);
  });

  it('refuses an unknown node', () => {
    given(drafting).when(remove('item-404')).then('NOT_FOUND');
  });
});

describe('MoveNode', () => {
  const move = (nodeId: string, toParentId: string | null, toGap: number): PlanCommand => ({
    type: 'MoveNode',
    data: { ...write(revision), nodeId, toParentId, toGap },
  });

  it('moves down among its siblings: the gap counts the node itself', () => {
    const [event] = given(drafting)
      .when(move('item-1', 'section-2-1', 2))
      .then([nodeMoved('item-1', ['section-2-1', 0], ['section-2-1', 1], 30)]);
    expect(childIds([...drafting, event], 'section-2-1')).toEqual(['item-2', 'item-1']);
  });

  it('moves to another section, keeping its subtree and id', () => {
    const [event] = given(drafting)
      .when(move('item-5', 'section-2-1', 0))
      .then([nodeMoved('item-5', ['section-2-2', 0], ['section-2-1', 0], 30)]);
    const section = toDocument(stateAfter([...drafting, event])).nodes[2].children[0];
    expect(section.children.map((node) => node.id)).toEqual(['item-5', 'item-1', 'item-2']);
  });

  it('moves a section to the top level', () => {
    given(drafting)
      .when(move('section-2-2', null, 1))
      .then([nodeMoved('section-2-2', ['part-2', 1], [null, 1], 30)]);
  });

  it.each<[string, string, string | null, number]>([
    ['under itself', 'section-2-1', 'section-2-1', 0],
    ['under its descendant', 'section-2-1', 'item-1', 0],
    ['where its kind cannot sit', 'part-1', 'part-2', 0],
    ['into either gap next to itself', 'item-1', 'section-2-1', 1],
    ['past the last gap', 'item-1', 'section-2-2', 2],
  ])('refuses a move %s', (_, nodeId, toParentId, toGap) => {
    given(drafting).when(move(nodeId, toParentId, toGap)).then('BAD_USER_INPUT');
  });

  it('refuses unknown nodes', () => {
    given(drafting).when(move('item-404', 'section-2-1', 0)).then('NOT_FOUND');
    given(drafting).when(move('item-1', 'section-9', 0)).then('NOT_FOUND');
  });
});
