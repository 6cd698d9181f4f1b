import type { PlanEvent } from '../../events';
import { toDocument } from '../../plan/document-tree';
import { given, stateAfter } from '../../testing/given-when-then';
import { HISTORIES, meta, REVIEWER, textEdited, write } from '../../testing/plan-fixtures';
import type { TagVersion } from './version-commands';

const tag = (
  history: readonly PlanEvent[],
  data: Partial<TagVersion['data']> = {},
): TagVersion => ({
  type: 'TagVersion',
  data: { ...write(history.length), name: '专家论证稿', ...data },
});

const tagged = (name: string, revision: number, note?: string): PlanEvent => ({
  type: 'VersionTagged',
  data: { ...meta(30), name, ...(note === undefined ? {} : { note }), revision },
});

const STAGES = Object.keys(HISTORIES) as Array<keyof typeof HISTORIES>;

describe('TagVersion', () => {
  it.each(STAGES)('names the current revision of a plan in %s, changing no text', (stage) => {
    const history = HISTORIES[stage]();
    const [event] = given(history)
      .when(tag(history, { note: '供专家论证会使用' }))
      .then([tagged('专家论证稿', history.length, '供专家论证会使用')]);
    const before = stateAfter(history);
    const after = stateAfter([...history, event]);
    expect(toDocument(after)).toEqual(toDocument(before));
    expect(after.stage).toBe(before.stage);
    expect(after.versions['专家论证稿']).toBe(history.length);
  });

  it('trims the name and note, and records no note when none is given', () => {
    const history = HISTORIES.drafting();
    given(history)
      .when(tag(history, { name: '  专家论证稿 ', note: ' 定稿前 ' }))
      .then([tagged('专家论证稿', 2, '定稿前')]);
    given(history).when(tag(history)).then([tagged('专家论证稿', 2)]);
  });

  it('names an earlier revision when asked', () => {
    const history = [...HISTORIES.drafting(), textEdited('item-1', 0, '', '着力')];
    given(history).when(tag(history, { revision: 2 })).then([tagged('专家论证稿', 2)]);
  });

  it('keeps a stale tag on the revision its author saw, whatever landed since', () => {
    const drafting = HISTORIES.drafting();
    const history = [...drafting, textEdited('item-1', 0, '', '着力')];
    given(history).when(tag(drafting)).then([tagged('专家论证稿', drafting.length)]);
  });

  it('refuses a name the plan already has, even one tagged concurrently', () => {
    const drafting = HISTORIES.drafting();
    const history = [...drafting, tagged('专家论证稿', 2)];
    given(history).when(tag(history)).then('ALREADY_EXISTS');
    given(history).when(tag(drafting)).then('ALREADY_EXISTS');
    given(history).when(tag(history, { name: '专家论证稿（二）' })).thenProduces('VersionTagged');
  });

  it.each([
    ['征求意见稿（第1轮）'],
    ['征求意见稿（第3轮）'],
    ['送审稿'],
    ['印发稿'],
    ['第1次修订 送审稿'],
    ['第2次修订 征求意见稿（第4轮）'],
  ])('refuses %s, a name the stages give automatically', (name) => {
    const history = HISTORIES.drafting();
    given(history).when(tag(history, { name })).then('BAD_USER_INPUT');
  });

  it.each([
    ['a blank name', { name: '  ' }],
    ['a name that is not text', { name: 7 as unknown as string }],
    ['a name over 100 characters', { name: '稿'.repeat(101) }],
    ['a lone surrogate', { name: '稿\ud842' }],
    ['a blank note', { note: ' ' }],
    ['revision 0', { revision: 0 }],
    ['a revision the plan has not reached', { revision: 3 }],
    ['a fractional revision', { revision: 1.5 }],
  ])('refuses %s', (_, data) => {
    const history = HISTORIES.drafting();
    given(history).when(tag(history, data)).then('BAD_USER_INPUT');
  });

  it('refuses a plan that does not exist', () => {
    given([]).when(tag([], { expectedRevision: 0 })).then('NOT_FOUND');
  });

  it('records who tagged, when and why', () => {
    const history = HISTORIES.issued();
    const command = tag(history, { actor: REVIEWER, reason: '存档' });
    given(history)
      .when(command)
      .then([
        {
          type: 'VersionTagged',
          data: { ...meta(30, REVIEWER), reason: '存档', name: '专家论证稿', revision: history.length },
        },
      ]);
  });
});
