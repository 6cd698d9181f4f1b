import type { NodeKind } from '@planledger/documents';
import { given, stateAfter } from '../testing/given-when-then';
import { HISTORIES, levelChanged, unitsSet, write } from '../testing/plan-fixtures';

const drafting = HISTORIES.drafting();
const revision = drafting.length;

describe('ChangeNodeLevel', () => {
  const relevel = (nodeId: string, toKind: NodeKind) => ({
    type: 'ChangeNodeLevel' as const,
    data: { ...write(revision), nodeId, toKind },
  });

  it('changes the kind in place, keeping children and position', () => {
    const [event] = given(drafting)
      .when(relevel('goal-industry', 'paragraph'))
      .then([levelChanged('goal-industry', 'bullet', 'paragraph', 30)]);
    const state = stateAfter([...drafting, event]);
    expect(state.nodes['goal-industry'].kind).toBe('paragraph');
    expect(state.childIds['section-1-2']).toEqual(['goal-lead', 'goal-industry', 'goal-products']);
  });

  it('turns a section into an item when its paragraphs and bullets may sit under an item', () => {
    const [event] = given(drafting)
      .when(relevel('section-1-2', 'item'))
      .thenProduces('NodeLevelChanged');
    expect(stateAfter([...drafting, event]).childIds['section-1-2']).toHaveLength(3);
  });

  it.each<[string, string, NodeKind]>([
    ['a section holding items into a paragraph', 'section-2-1', 'paragraph'],
    ['a section holding items into an item', 'section-2-1', 'item'],
    ['an item into a sub-item under a section', 'item-1', 'subitem'],
    ['a section into a part inside a part', 'section-2-1', 'part'],
    ['a node into its own kind', 'item-1', 'item'],
    ['a node into an unknown kind', 'item-1', 'clause' as NodeKind],
  ])('refuses to turn %s', (_, nodeId, toKind) => {
    given(drafting).when(relevel(nodeId, toKind)).then('BAD_USER_INPUT');
  });

  it('refuses an unknown node', () => {
    given(drafting).when(relevel('item-404', 'paragraph')).then('NOT_FOUND');
  });
});

describe('SetResponsibleUnits', () => {
  const setUnits = (nodeId: string, units: string[]) => ({
    type: 'SetResponsibleUnits' as const,
    data: { ...write(revision), nodeId, units },
  });

  it('replaces the list and keeps the previous one', () => {
    given(drafting)
      .when(setUnits('item-5', ['区市场监管局', '区发展改革委']))
      .then([unitsSet('item-5', ['区市场监管局', '区发展改革委'], ['区市场监管局'], 30)]);
  });

  it('clears the list', () => {
    given(drafting).when(setUnits('item-5', [])).thenProduces('ResponsibleUnitsSet');
  });

  it('refuses the same list, a blank unit, or an unknown node', () => {
    given(drafting).when(setUnits('item-5', ['区市场监管局'])).then('BAD_USER_INPUT');
    given(drafting).when(setUnits('item-5', ['区市场监管局', ''])).then('BAD_USER_INPUT');
    given(drafting).when(setUnits('item-404', ['区市场监管局'])).then('NOT_FOUND');
  });
});
