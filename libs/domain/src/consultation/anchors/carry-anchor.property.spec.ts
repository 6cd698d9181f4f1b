import fc from 'fast-check';
import type { PlanEvent } from '../../events';
import { levelChanged, nodeMoved, textEdit } from '../testing/plan-events';
import { carryAnchor } from './carry-anchor';

/**
 * An independent model of the node text: every character remembers where it stood in the
 * consultation version (-1 when typed later). The anchored characters are those that stood in the
 * quoted range; the model knows which survive and whether any edit touched the quoted words.
 */
interface ModelChar {
  char: string;
  origin: number;
}

interface RawEdit {
  other: boolean;
  at: number;
  deleteCount: number;
  inserted: string;
  structural: boolean;
}

const NODE = 'item-8';
/** True about one time in ten. */
const rarely = fc.integer({ min: 0, max: 9 }).map((n) => n === 0);
const alphabet = fc.constantFrom('质', '量', '强', '区', '建', '设', '，', '。', '1', '%');
const text = fc.string({ unit: alphabet, minLength: 1, maxLength: 40 });
const rawEdit: fc.Arbitrary<RawEdit> = fc.record({
  other: rarely,
  at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  deleteCount: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 8 })),
  inserted: fc.string({ unit: alphabet, maxLength: 6 }),
  structural: rarely,
});

const scenario = text.chain((initial) =>
  fc.record({
    initial: fc.constant(initial),
    range: fc
      .tuple(fc.nat({ max: initial.length - 1 }), fc.nat({ max: initial.length - 1 }))
      .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) + 1 })),
    edits: fc.array(rawEdit, { maxLength: 25 }),
  }),
);

function run({ initial, range, edits }: { initial: string; range: { start: number; end: number }; edits: RawEdit[] }) {
  let model: ModelChar[] = [...initial].map((char, origin) => ({ char, origin }));
  const anchored = (c: ModelChar) => c.origin >= range.start && c.origin < range.end;
  let touched = false;
  const events: PlanEvent[] = [];
  for (const raw of edits) {
    if (raw.structural) {
      events.push(nodeMoved(NODE), levelChanged(NODE));
      continue;
    }
    const current = model.map((c) => c.char).join('');
    const offset = Math.floor(raw.at * (current.length + 1));
    const deleteCount = Math.min(raw.deleteCount, current.length - offset);
    if (raw.other) {
      events.push(textEdit('item-9', current, offset, deleteCount, raw.inserted));
      continue;
    }
    const survivors = model.map((c, i) => (anchored(c) ? i : -1)).filter((i) => i >= 0);
    const deletesAnchored = model.slice(offset, offset + deleteCount).some(anchored);
    const insertsBetweenAnchored =
      raw.inserted !== '' && survivors.length > 0 && survivors[0] < offset && offset <= survivors[survivors.length - 1];
    touched ||= deletesAnchored || insertsBetweenAnchored;
    events.push(textEdit(NODE, current, offset, deleteCount, raw.inserted));
    model = [
      ...model.slice(0, offset),
      ...[...raw.inserted].map((char) => ({ char, origin: -1 })),
      ...model.slice(offset + deleteCount),
    ];
  }
  const quote = initial.slice(range.start, range.end);
  const carried = carryAnchor({ nodeId: NODE, range, quote }, events);
  const current = model.map((c) => c.char).join('');
  const survivingPositions = model.map((c, i) => (anchored(c) ? i : -1)).filter((i) => i >= 0);
  return { carried, current, quote, touched, survivingPositions };
}

describe('carryAnchor over random edit sequences', () => {
  it("a live anchor's text is the current text at its range", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { carried, current } = run(input);
        if (carried.status === 'live') expect(carried.text).toBe(current.slice(carried.start, carried.end));
      }),
    );
  });

  it('when no edit touched the quoted words, the anchor is live on exactly the quote', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { carried, quote, touched, survivingPositions } = run(input);
        if (touched) return;
        expect(carried).toMatchObject({ status: 'live', text: quote, start: survivingPositions[0], edited: false });
      }),
    );
  });

  it('a live anchor covers every surviving quoted character; a deleted one has none left', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { carried, survivingPositions } = run(input);
        if (carried.status === 'live') {
          for (const position of survivingPositions) {
            expect(position).toBeGreaterThanOrEqual(carried.start);
            expect(position).toBeLessThan(carried.end);
          }
        } else {
          expect(survivingPositions).toEqual([]);
        }
        expect(carried.quote).toBe(input.initial.slice(input.range.start, input.range.end));
      }),
    );
  });
});
