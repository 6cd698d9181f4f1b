import fc from 'fast-check';
import { evolve, foldPlan } from '../evolve';
import { generateEdits, seededPick } from '../history/testing/edit-workload';
import { deepFreeze, stateAfter } from '../testing/given-when-then';
import { at, HISTORIES } from '../testing/plan-fixtures';

/**
 * foldPlan drafts on copies made once per fold (PlanDraft); these properties say it is still the
 * pure fold of evolve: same result, input never changed, a returned state never changed later.
 */
describe('foldPlan', () => {
  const edited = (seed: number, count: number) => generateEdits(stateAfter(HISTORIES.drafting()), count, seededPick(seed), at(20));

  it('gives the state evolve gives event by event, without changing any state it was given', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 120 }), fc.nat(), (seed, count, cut) => {
        const start = deepFreeze(stateAfter(HISTORIES.drafting()));
        const { events } = edited(seed, count);
        const split = cut % (events.length + 1);
        const first = deepFreeze(foldPlan(start, events.slice(0, split)));
        const folded = foldPlan(first, events.slice(split));
        expect(folded).toEqual(events.reduce(evolve, start));
        expect(foldPlan(start, events.slice(0, split))).toEqual(first);
      }),
      { numRuns: 60 },
    );
  });

  it('leaves a state it returned as it was when folding goes on from there', () => {
    const { state } = edited(7, 50);
    const before = JSON.stringify(state);
    const { events: more } = generateEdits(state, 50, seededPick(8), at(21));
    const later = foldPlan(state, more);
    expect(JSON.stringify(state)).toBe(before);
    expect(later.revision).toBe(state.revision + more.length);
  });

  it('keeps a node id such as __proto__ an ordinary key', () => {
    const start = stateAfter(HISTORIES.drafting());
    const inserted = evolve(start, {
      type: 'NodeInserted',
      data: { actor: 'u', at: at(5), nodeId: '__proto__', parentId: null, index: 0, kind: 'paragraph', text: '甲', responsibleUnits: [] },
    });
    expect(Object.hasOwn(inserted.nodes, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(inserted.nodes)).toBe(Object.prototype);
    expect(inserted.rootIds[0]).toBe('__proto__');
  });
});
