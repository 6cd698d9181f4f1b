import fc from 'fast-check';
import type { PlanEvent } from '../events';
import { evolve } from '../evolve';
import { flattenDocument, toDocument } from '../plan/document-tree';
import { stateAfter } from '../testing/given-when-then';
import { at, HISTORIES } from '../testing/plan-fixtures';
import { blamePlan } from './blame';
import { nextEditEvents, seededPick } from './testing/edit-workload';

/**
 * An independent model: every code unit of every node remembers the revision of the event that
 * wrote it and where it stood in what that event wrote. Blame must agree with it run for run.
 */
interface ModelUnit {
  revision: number;
  origin: number;
}

function modelOf(events: readonly PlanEvent[]): Map<string, ModelUnit[]> {
  const nodes = new Map<string, ModelUnit[]>();
  const written = (text: string, revision: number) =>
    Array.from({ length: text.length }, (_, origin) => ({ revision, origin }));
  events.forEach((event, index) => {
    const revision = index + 1;
    switch (event.type) {
      case 'PlanTextImported':
        nodes.clear();
        for (const node of event.data.nodes) nodes.set(node.id, written(node.text, revision));
        return;
      case 'NodeInserted':
        nodes.set(event.data.nodeId, written(event.data.text, revision));
        return;
      case 'NodeDeleted':
        for (const id of event.data.subtreeIds) nodes.delete(id);
        return;
      case 'NodeTextEdited': {
        const { nodeId, offset, deleteCount, insertedText } = event.data;
        nodes.get(nodeId)?.splice(offset, deleteCount, ...written(insertedText, revision));
        return;
      }
      default:
        return;
    }
  });
  return nodes;
}

/** Maximal runs of units written by one event, side by side in what it wrote. */
function runsOf(units: readonly ModelUnit[]): Array<{ start: number; end: number; revision: number; origin: number }> {
  const runs: Array<{ start: number; end: number; revision: number; origin: number }> = [];
  units.forEach((unit, index) => {
    const last = runs[runs.length - 1];
    if (last && last.revision === unit.revision && last.origin + (last.end - last.start) === unit.origin) last.end = index + 1;
    else runs.push({ start: index, end: index + 1, revision: unit.revision, origin: unit.origin });
  });
  return runs;
}

/** What the event at `revision` wrote into `nodeId`: inserted text, or the whole node text. */
function writtenBy(event: PlanEvent, nodeId: string): string {
  switch (event.type) {
    case 'PlanTextImported':
      return event.data.nodes.find((node) => node.id === nodeId)?.text ?? '';
    case 'NodeInserted':
      return event.data.text;
    case 'NodeTextEdited':
      return event.data.insertedText;
    default:
      throw new Error(`${event.type} writes no text`);
  }
}

function randomHistory(seed: number, steps: number): PlanEvent[] {
  const events = HISTORIES.drafting();
  let state = stateAfter(events);
  const pick = seededPick(seed);
  for (let step = 0; step < steps; step++) {
    for (const event of nextEditEvents(state, pick, at(step % 60))) {
      events.push(event);
      state = evolve(state, event);
    }
  }
  return events;
}

describe('blame properties', () => {
  it('ranges tile every node text, and each range is what its event wrote', () => {
    const history = fc.record({
      seed: fc.nat(),
      steps: fc.integer({ min: 0, max: 150 }),
    });
    fc.assert(
      fc.property(history, ({ seed, steps }) => {
        const events = randomHistory(seed, steps);
        const blame = blamePlan(events);
        const document = toDocument(stateAfter(events));
        const model = modelOf(events);
        expect(blame.nodes.map((node) => node.nodeId)).toEqual(flattenDocument(document).map((node) => node.id));
        for (const node of blame.nodes) {
          let covered = 0;
          for (const range of node.ranges) {
            expect(range.start).toBe(covered);
            expect(range.end).toBeGreaterThan(range.start);
            covered = range.end;
          }
          expect(covered).toBe(node.text.length);
          const runs = runsOf(model.get(node.nodeId) ?? []);
          expect(node.ranges.map(({ start, end, revision }) => ({ start, end, revision }))).toEqual(
            runs.map(({ start, end, revision }) => ({ start, end, revision })),
          );
          for (const run of runs) {
            const wrote = writtenBy(events[run.revision - 1], node.nodeId);
            expect(node.text.slice(run.start, run.end)).toBe(wrote.slice(run.origin, run.origin + run.end - run.start));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
