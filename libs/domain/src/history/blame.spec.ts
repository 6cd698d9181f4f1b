import type { PlanEvent } from '../events';
import { stateAfter } from '../testing/given-when-then';
import {
  consultationStarted,
  HISTORIES,
  levelChanged,
  meta,
  nodeDeleted,
  nodeInserted,
  nodeMoved,
  REVIEWER,
  revisionStarted,
  textEdited,
  textImported,
  unitsSet,
} from '../testing/plan-fixtures';
import { docNode, planDocument } from '../testing/seed-like-document';
import { blamePlan, type NodeBlame } from './blame';

const WANG = 'u-drafter-wang';
const ITEM_1 = '增强产业基础质量支撑。加快产业基础高级化进程。';

/** The blame of one node as [text of the range, revision, actor] triples, easy to read in a spec. */
function rangesOf(events: PlanEvent[], nodeId: string): Array<[string, number, string]> {
  const node = nodeOf(events, nodeId);
  return node.ranges.map(({ start, end, revision, actor }) => [node.text.slice(start, end), revision, actor]);
}

function nodeOf(events: PlanEvent[], nodeId: string): NodeBlame {
  const node = blamePlan(events).nodes.find((candidate) => candidate.nodeId === nodeId);
  if (node === undefined) throw new Error(`no blame for ${nodeId}`);
  return node;
}

describe('blamePlan', () => {
  const drafting = HISTORIES.drafting();

  it('credits the import with every character of every node, in document order', () => {
    const blame = blamePlan(drafting);
    expect(blame.revision).toBe(2);
    expect(blame.nodes.map((node) => node.nodeId).slice(0, 4)).toEqual(['preamble', 'part-1', 'section-1-1', 'guiding-idea']);
    expect(rangesOf(drafting, 'item-1')).toEqual([[ITEM_1, 2, meta(1).actor]]);
    expect(nodeOf(drafting, 'item-1').lastChange).toEqual({ revision: 2, ...meta(1) });
  });

  it('credits inserted characters to their edit and splits the range an edit cuts', () => {
    const events = [
      ...drafting,
      textEdited('item-1', 0, '', '全面', 11, WANG), // 3
      textEdited('item-1', 6, '基础', '', 12), //        4: 全面增强产业|基础|质量…
      textEdited('item-1', 8, '', '链', 13, REVIEWER), // 5
    ];
    expect(rangesOf(events, 'item-1')).toEqual([
      ['全面', 3, WANG],
      ['增强产业', 2, meta().actor],
      ['质量', 2, meta().actor],
      ['链', 5, REVIEWER],
      ['支撑。加快产业基础高级化进程。', 2, meta().actor],
    ]);
    expect(nodeOf(events, 'item-1').lastChange).toMatchObject({ revision: 5, actor: REVIEWER });
  });

  it('joins characters of one event only where they stood side by side in what it wrote', () => {
    const events = [...drafting, textEdited('item-1', 2, '', '产业链', 11), textEdited('item-1', 3, '业', '', 12)];
    expect(rangesOf(events, 'item-1')).toEqual([
      ['增强', 2, meta().actor],
      ['产', 3, meta().actor],
      ['链', 3, meta().actor],
      ['产业基础质量支撑。加快产业基础高级化进程。', 2, meta().actor],
    ]);
    const undone = [...events, textEdited('item-1', 2, '产链', '', 13)];
    expect(rangesOf(undone, 'item-1')).toEqual([[ITEM_1, 2, meta().actor]]);
  });

  it('follows a node through moves and renumbering by its id', () => {
    const events = [
      ...drafting,
      textEdited('item-5', 0, '', '全面', 11, WANG), //                             3
      nodeMoved('item-5', ['section-2-2', 0], ['section-2-1', 0], 12), //           4
      nodeInserted('item-new', ['section-2-1', 0], 13), //                          5
    ];
    const item5 = nodeOf(events, 'item-5');
    expect(item5.ranges[0]).toMatchObject({ start: 0, end: 2, revision: 3, actor: WANG });
    expect(item5.changes.position.revision).toBe(4);
    expect(item5.lastChange.revision).toBe(4);
    expect(nodeOf(events, 'item-new').ranges).toEqual([{ start: 0, end: 5, revision: 5, ...meta(13) }]);
  });

  it('records the last change of kind, responsible units and position apart from the text', () => {
    const events = [
      ...drafting,
      unitsSet('item-2', ['区市场监管局'], ['区市场监管局', '区发展改革委'], 11), // 3
      levelChanged('goal-industry', 'bullet', 'paragraph', 12), //              4
      consultationStarted(), //                                                 5
      revisionStarted(), //                                                     6
    ];
    expect(nodeOf(events, 'item-2').changes).toMatchObject({
      text: { revision: 2 },
      responsibleUnits: { revision: 3 },
      kind: { revision: 2 },
      position: { revision: 2 },
    });
    expect(nodeOf(events, 'item-2').lastChange.revision).toBe(3);
    expect(nodeOf(events, 'goal-industry').lastChange.revision).toBe(4);
  });

  it('carries the reason of the event', () => {
    const edit = textEdited('item-1', 0, '', '着力', 11);
    const reasoned = { ...edit, data: { ...edit.data, reason: '采纳区科技局意见' } } as PlanEvent;
    expect(nodeOf([...drafting, reasoned], 'item-1').ranges[0]).toMatchObject({ revision: 3, reason: '采纳区科技局意见' });
  });

  it('drops deleted nodes and starts over at a new import', () => {
    const deleted = [...drafting, nodeDeleted('section-2-2', ['part-2', 1], ['section-2-2', 'item-5'])];
    expect(blamePlan(deleted).nodes.map((node) => node.nodeId)).not.toContain('item-5');
    const reimported = [...deleted, textImported(planDocument([docNode('only', 'paragraph', '新的正文。')]))];
    expect(blamePlan(reimported).nodes).toEqual([
      expect.objectContaining({ nodeId: 'only', ranges: [{ start: 0, end: 5, revision: 4, ...meta(1) }] }),
    ]);
  });

  it('has no ranges for an empty text, and texts equal the folded plan', () => {
    const events = [...drafting, textEdited('preamble', 0, stateAfter(drafting).nodes.preamble.text, '', 11)];
    expect(nodeOf(events, 'preamble')).toMatchObject({ text: '', ranges: [], lastChange: { revision: 3 } });
    const state = stateAfter(events);
    for (const node of blamePlan(events).nodes) expect(node.text).toBe(state.nodes[node.nodeId].text);
  });
});
