import type { PlanEvent } from '../../events';
import {
  applyTextEdit,
  levelChanged,
  nodeDeleted,
  nodeMoved,
  planReimported,
  siblingInsertedBefore,
  textEdit,
} from '../testing/plan-events';
import type { CommentAnchor } from './anchor';
import { carryAnchor } from './carry-anchor';

const NODE = 'item-5';
const TEXT = '推进化学农药减量化，促进农业绿色高质量发展。';
const QUOTE = '促进农业绿色高质量发展';
const anchor: CommentAnchor = { nodeId: NODE, range: { start: 10, end: 21 }, quote: QUOTE };

/** Builds edits against the evolving node text, so each event's offsets and deletedText are real. */
function editsOf(...steps: Array<[offset: number, deleteCount: number, inserted: string]>): { events: PlanEvent[]; text: string } {
  let text = TEXT;
  const events: PlanEvent[] = [];
  for (const [offset, deleteCount, inserted] of steps) {
    const event = textEdit(NODE, text, offset, deleteCount, inserted);
    events.push(event);
    text = applyTextEdit(text, event);
  }
  return { events, text };
}

describe('carryAnchor through text edits', () => {
  it('keeps the anchor unchanged when nothing happened', () => {
    expect(carryAnchor(anchor, [])).toEqual({ status: 'live', nodeId: NODE, start: 10, end: 21, text: QUOTE, quote: QUOTE, edited: false });
  });

  it('shifts the range past an insertion before it', () => {
    const { events } = editsOf([0, 0, '大力']);
    expect(carryAnchor(anchor, events)).toMatchObject({ status: 'live', start: 12, end: 23, text: QUOTE, edited: false });
  });

  it('shifts the range back past a deletion before it', () => {
    const { events } = editsOf([0, 2, '']);
    expect(carryAnchor(anchor, events)).toMatchObject({ status: 'live', start: 8, end: 19, text: QUOTE, edited: false });
  });

  it('ignores edits after the range', () => {
    const { events } = editsOf([21, 1, '；']);
    expect(carryAnchor(anchor, events)).toMatchObject({ status: 'live', start: 10, end: 21, text: QUOTE, edited: false });
  });

  it('leaves text typed at either boundary outside the range', () => {
    const { events, text } = editsOf([10, 0, '积极'], [23, 0, '水平']);
    const carried = carryAnchor(anchor, events);
    expect(carried).toMatchObject({ status: 'live', start: 12, end: 23, text: QUOTE, edited: false });
    expect(text).toBe('推进化学农药减量化，积极促进农业绿色高质量发展水平。');
  });

  it('grows with an insertion inside the range', () => {
    const { events, text } = editsOf([12, 0, '全面']);
    expect(carryAnchor(anchor, events)).toMatchObject({ status: 'live', start: 10, end: 23, text: '促进全面农业绿色高质量发展', edited: true });
    expect(text.slice(10, 23)).toBe('促进全面农业绿色高质量发展');
  });

  it('shrinks with a deletion inside the range', () => {
    const { events } = editsOf([14, 2, '']);
    expect(carryAnchor(anchor, events)).toMatchObject({ status: 'live', start: 10, end: 19, text: '促进农业高质量发展', edited: true });
  });

  it('keeps the surviving part when a deletion cuts into its start', () => {
    const { events, text } = editsOf([9, 3, '']);
    const carried = carryAnchor(anchor, events);
    expect(carried).toMatchObject({ status: 'live', start: 9, end: 18, text: '农业绿色高质量发展', edited: true });
    expect(text.slice(9, 18)).toBe('农业绿色高质量发展');
  });

  it('keeps the surviving part and the new wording when a replacement cuts into its end', () => {
    const { events, text } = editsOf([16, 6, '可持续发展。']);
    expect(carryAnchor(anchor, events)).toMatchObject({ status: 'live', start: 10, end: 22, text: '促进农业绿色可持续发展。', edited: true });
    expect(text).toBe('推进化学农药减量化，促进农业绿色可持续发展。');
  });

  it('follows overlapping edits, each applied to the text the previous one left', () => {
    const { events, text } = editsOf([12, 2, '现代农业'], [11, 6, '动'], [0, 9, '减少化肥农药使用'], [13, 0, '、']);
    const carried = carryAnchor(anchor, events);
    expect(carried.status).toBe('live');
    if (carried.status !== 'live') return;
    expect(carried.text).toBe(text.slice(carried.start, carried.end));
    expect(carried).toMatchObject({ start: 9, end: 18, text: '促动色高、质量发展', edited: true });
    expect(text).toBe('减少化肥农药使用，促动色高、质量发展。');
  });

  it('is deleted when an edit removes the whole quoted text, and keeps the quote', () => {
    const { events } = editsOf([9, 13, '。']);
    expect(carryAnchor(anchor, events)).toEqual({ status: 'deleted', nodeId: NODE, quote: QUOTE, cause: 'textDeleted' });
  });

  it('stays deleted when the same words are typed again afterwards', () => {
    const { events } = editsOf([10, 11, ''], [10, 0, QUOTE]);
    expect(carryAnchor(anchor, events)).toMatchObject({ status: 'deleted', cause: 'textDeleted' });
  });

  it('ignores edits of other nodes', () => {
    const other = textEdit('item-6', TEXT, 0, 5, '');
    expect(carryAnchor(anchor, [other])).toMatchObject({ status: 'live', start: 10, end: 21, edited: false });
  });
});

describe('carryAnchor through structure changes', () => {
  it('stays live across moves, renumbering by an inserted sibling and level changes', () => {
    const events = [nodeMoved(NODE), siblingInsertedBefore('section-2'), levelChanged(NODE)];
    expect(carryAnchor(anchor, events)).toMatchObject({ status: 'live', nodeId: NODE, start: 10, end: 21, text: QUOTE, edited: false });
  });

  it('follows text edits made after a move', () => {
    const { events } = editsOf([0, 0, '大力']);
    expect(carryAnchor(anchor, [nodeMoved(NODE), ...events])).toMatchObject({ status: 'live', start: 12, end: 23 });
  });

  it('is deleted with its node', () => {
    expect(carryAnchor(anchor, [nodeDeleted(NODE)])).toEqual({ status: 'deleted', nodeId: NODE, quote: QUOTE, cause: 'nodeDeleted' });
  });

  it('is deleted when an ancestor is deleted', () => {
    const sectionDeleted = nodeDeleted('section-2', ['section-2', 'item-4', NODE, 'subitem-5-1']);
    expect(carryAnchor(anchor, [sectionDeleted])).toMatchObject({ status: 'deleted', cause: 'nodeDeleted', quote: QUOTE });
  });

  it('stays live when another node is deleted', () => {
    expect(carryAnchor(anchor, [nodeDeleted('item-6')])).toMatchObject({ status: 'live' });
  });

  it('is detached, with its quote, when the whole plan text is re-imported', () => {
    const { events } = editsOf([0, 0, '大力']);
    expect(carryAnchor(anchor, [...events, planReimported, ...events])).toEqual({
      status: 'detached',
      nodeId: NODE,
      quote: QUOTE,
      cause: 'planReimported',
    });
  });
});

describe('carryAnchor for a comment on the whole node', () => {
  const wholeNode: CommentAnchor = { nodeId: NODE, range: null, quote: TEXT };

  it('follows every edit of the node, boundaries included', () => {
    const { events, text } = editsOf([0, 0, '一是'], [24, 0, '到2027年底完成'], [11, 1, '；']);
    expect(carryAnchor(wholeNode, events)).toMatchObject({ status: 'live', start: 0, end: text.length, text, quote: TEXT, edited: true });
  });

  it('stays live when the node text is emptied, and is deleted only with the node', () => {
    const { events } = editsOf([0, TEXT.length, '']);
    expect(carryAnchor(wholeNode, events)).toMatchObject({ status: 'live', start: 0, end: 0, text: '' });
    expect(carryAnchor(wholeNode, [...events, nodeDeleted(NODE)])).toMatchObject({ status: 'deleted', cause: 'nodeDeleted' });
  });
});
