import type { PlanCommand } from '../commands';
import type { PlanEvent } from '../events';
import { given, stateAfter } from '../testing/given-when-then';
import { HISTORIES, planCreated, textEdited, textImported, write } from '../testing/plan-fixtures';
import { docNode, planDocument } from '../testing/seed-like-document';

// 𠮷 (U+20BB7) is two UTF-16 code units: offsets 2–3 of 提高𠮷产业…
const withSupplementary: PlanEvent[] = [
  planCreated(),
  textImported(planDocument([docNode('item-2', 'item', '提高𠮷产业质量竞争水平。')])),
];
const drafting = HISTORIES.drafting();

const edit = (
  history: PlanEvent[],
  nodeId: string,
  offset: number,
  deleteCount: number,
  insertedText: string,
): PlanCommand => ({
  type: 'EditNodeText',
  data: { ...write(history.length), nodeId, offset, deleteCount, insertedText },
});

describe('EditNodeText', () => {
  it('inserts, recording the offset and the text', () => {
    given(drafting)
      .when(edit(drafting, 'item-1', 0, 0, '着力'))
      .then([textEdited('item-1', 0, '', '着力', 30)]);
  });

  it('deletes, recording what it deleted', () => {
    given(drafting)
      .when(edit(drafting, 'item-1', 11, 2, ''))
      .then([textEdited('item-1', 11, '加快', '', 30)]);
  });

  it('replaces, and the state reads the new text', () => {
    const [event] = given(drafting)
      .when(edit(drafting, 'item-1', 11, 2, '加速推进'))
      .then([textEdited('item-1', 11, '加快', '加速推进', 30)]);
    expect(stateAfter([...drafting, event]).nodes['item-1'].text).toBe('增强产业基础质量支撑。加速推进产业基础高级化进程。');
  });

  it('edits around a character outside the BMP by whole code-unit pairs', () => {
    given(withSupplementary)
      .when(edit(withSupplementary, 'item-2', 2, 2, '吉'))
      .then([textEdited('item-2', 2, '𠮷', '吉', 30)]);
    given(withSupplementary)
      .when(edit(withSupplementary, 'item-2', 4, 0, '𠮷'))
      .then([textEdited('item-2', 4, '', '𠮷', 30)]);
  });

  it.each([
    ['an offset past the end', 'item-1', 99, 0, '着力'],
    ['a negative offset', 'item-1', -1, 0, '着力'],
    ['a fractional offset', 'item-1', 1.5, 0, '着力'],
    ['a range past the end', 'item-1', 20, 10, ''],
    ['a negative delete count', 'item-1', 2, -1, ''],
    ['an empty edit', 'item-1', 3, 0, ''],
    ['a replacement by the same text', 'item-1', 0, 2, '增强'],
  ])('refuses %s', (_, nodeId, offset, deleteCount, insertedText) => {
    given(drafting)
      .when(edit(drafting, nodeId, offset, deleteCount, insertedText))
      .then('BAD_USER_INPUT');
  });

  it.each([
    ['an offset inside 𠮷', 3, 0, '吉'],
    ['a range ending inside 𠮷', 1, 2, ''],
    ['a range starting inside 𠮷', 3, 2, ''],
    ['inserted text with half of a pair', 0, 0, '\ud842'],
  ])('refuses %s', (_, offset, deleteCount, insertedText) => {
    given(withSupplementary)
      .when(edit(withSupplementary, 'item-2', offset, deleteCount, insertedText))
      .then('BAD_USER_INPUT');
  });

  it('refuses an unknown node, even one named like an Object property', () => {
    given(drafting).when(edit(drafting, 'item-404', 0, 0, '着力')).then('NOT_FOUND');
    given(drafting).when(edit(drafting, 'constructor', 0, 0, '着力')).then('NOT_FOUND');
  });
});
