import fc from 'fast-check';
import type { PlanCommand } from '../commands';
import type { PlanEvent } from '../events';
import { evolve } from '../evolve';
import { initialState, type PlanState } from '../plan/plan-state';
import { PlanConflictError, PlanError } from '../shared/plan-error';
import { deepFreeze } from '../testing/given-when-then';
import { at, PLAN_ID, planCreated, textImported } from '../testing/plan-fixtures';
import { docNode, planDocument } from '../testing/seed-like-document';
import { SequenceModel } from '../testing/sequence-model';
import { handle } from './handle';

/**
 * Authors on stale views insert items into one section, move them within it, delete them and
 * type into them, in a generated order. The section's child list is modelled like a text (one
 * unit per child id), so the same independent placement rule judges where stale inserts and
 * moves land. Checked on every run:
 * (1) the final state equals a replay of the accepted events, and the section lists exactly the
 *     children the model says, in its order;
 * (2) every acknowledged insert is still in the section unless a later acknowledged delete
 *     removed it; text edits are never refused because a node moved or siblings changed;
 * (3) refusals are exactly: a move or delete of a node moved, edited or deleted since the
 *     author's view (CONFLICT, naming that event), and a move that has become a no-op
 *     (BAD_USER_INPUT). A refusal appends nothing.
 */
const SECTION = 'section-2-1';
const INITIAL_ITEMS = ['item-1', 'item-2', 'item-3', 'item-4'];
const AUTHORS = ['u-zhang', 'u-wang', 'u-li'];

const common = {
  author: fc.nat({ max: AUTHORS.length - 1 }),
  sync: fc.boolean(),
  node: fc.nat(),
  gap: fc.nat(),
};
const step = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), ...common }),
  fc.record({ kind: fc.constant('move' as const), ...common }),
  fc.record({ kind: fc.constant('delete' as const), ...common }),
  fc.record({ kind: fc.constant('edit' as const), ...common }),
);

type Expected =
  | { outcome: 'accepted'; index: number | null }
  | { outcome: 'conflict'; firstConflict: number }
  | { outcome: 'noOp' };

describe('concurrent structure changes through rebase + decide', () => {
  it('places stale inserts and moves where their authors meant, and loses nothing', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 2, maxLength: 14 }), (generated) => {
        const store: PlanEvent[] = [planCreated(), textImported(document())];
        const states: PlanState[] = [deepFreeze(store.reduce(evolve, initialState()))];
        const stateAt = (revision: number) => states[revision - 2];
        const model = new SequenceModel({ [SECTION]: INITIAL_ITEMS }, store.length);
        const views = AUTHORS.map(() => store.length);
        const inserted: Array<{ nodeId: string; revision: number }> = [];

        generated.forEach((current, index) => {
          if (current.sync) views[current.author] = store.length;
          const base = views[current.author];
          const seen = stateAt(base).childIds[SECTION];
          const now = store.length;
          const meta = {
            planId: PLAN_ID,
            expectedRevision: base,
            actor: AUTHORS[current.author],
            at: at(30 + index),
          };

          let command: PlanCommand;
          let expected: Expected;
          if (current.kind === 'insert') {
            const gap = current.gap % (seen.length + 1);
            const node = { nodeId: `added-${index}`, kind: 'item' as const, text: '新增任务。' };
            command = {
              type: 'InsertNode',
              data: { ...meta, ...node, parentId: SECTION, index: gap },
            };
            const intent = model.intent(SECTION, base, gap, 0);
            const outcome = model.expectedOutcome(SECTION, base, intent, now);
            expected = { outcome: 'accepted', index: outcome.accepted ? outcome.offset : null };
          } else {
            if (seen.length === 0) return;
            const nodeId = seen[current.node % seen.length];
            const touched = eventsSince(store, base).filter(({ event }) => targets(event, nodeId));
            const firstOf = (...types: PlanEvent['type'][]) =>
              touched.find(({ event }) => types.includes(event.type));
            const deletion = firstOf('NodeDeleted');
            if (current.kind === 'move') {
              const from = seen.indexOf(nodeId);
              const gap = current.gap % (seen.length + 1);
              if (gap === from || gap === from + 1) return;
              const move = { nodeId, toParentId: SECTION, toGap: gap };
              command = { type: 'MoveNode', data: { ...meta, ...move } };
              const movedOrDeleted = firstOf('NodeMoved', 'NodeDeleted');
              expected = movedOrDeleted
                ? { outcome: 'conflict', firstConflict: movedOrDeleted.revision }
                : expectedMove(model, base, now, nodeId, gap);
            } else if (current.kind === 'delete') {
              command = { type: 'DeleteNode', data: { ...meta, nodeId } };
              expected = conflictOn(deletion ?? touched[0]);
            } else {
              const edit = { nodeId, offset: 0, deleteCount: 0, insertedText: '着力' };
              command = { type: 'EditNodeText', data: { ...meta, ...edit } };
              expected = conflictOn(deletion);
            }
          }

          let events: PlanEvent[];
          try {
            events = handle(command, stateAt(now), store.slice(base));
          } catch (error) {
            if (!(error instanceof PlanError)) throw error;
            if (error instanceof PlanConflictError) {
              expect(expected.outcome).toBe('conflict');
              if (expected.outcome === 'conflict') {
                expect(error.conflictingRevisions).toContain(expected.firstConflict);
              }
            } else {
              expect([error.code, expected.outcome]).toEqual(['BAD_USER_INPUT', 'noOp']);
            }
            expect(store).toHaveLength(now);
            return;
          }
          expect(expected.outcome).toBe('accepted');
          const expectedIndex = expected.outcome === 'accepted' ? expected.index : null;
          for (const event of events) {
            store.push(event);
            states.push(deepFreeze(evolve(states[states.length - 1], event)));
            const revision = store.length;
            switch (event.type) {
              case 'NodeInserted':
                expect(event.data.index).toBe(expectedIndex);
                model.apply(SECTION, event.data.index, 0, [event.data.nodeId], revision);
                inserted.push({ nodeId: event.data.nodeId, revision });
                break;
              case 'NodeMoved':
                expect(event.data.toIndex).toBe(expectedIndex);
                model.apply(SECTION, event.data.fromIndex, 1, [], revision);
                model.apply(SECTION, event.data.toIndex, 0, [event.data.nodeId], revision);
                break;
              case 'NodeDeleted':
                model.apply(SECTION, event.data.index, 1, [], revision);
                break;
              default:
                expect(event.type).toBe('NodeTextEdited');
            }
          }
        });

        const final = states[states.length - 1];
        expect(final).toEqual(store.reduce(evolve, initialState()));
        expect(final.childIds[SECTION]).toEqual(model.visibleUnits(SECTION));
        for (const { nodeId, revision } of inserted) {
          const deletedLater = eventsSince(store, revision).some(
            ({ event }) => event.type === 'NodeDeleted' && event.data.nodeId === nodeId,
          );
          expect(final.childIds[SECTION].includes(nodeId)).toBe(!deletedLater);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

function eventsSince(store: readonly PlanEvent[], revision: number) {
  return store
    .map((event, index) => ({ event, revision: index + 1 }))
    .filter((recorded) => recorded.revision > revision);
}

function targets(event: PlanEvent, nodeId: string): boolean {
  return 'nodeId' in event.data && event.data.nodeId === nodeId;
}

function conflictOn(recorded: { revision: number } | undefined): Expected {
  return recorded
    ? { outcome: 'conflict', firstConflict: recorded.revision }
    : { outcome: 'accepted', index: null };
}

/** Where the model puts a stale move: before the child after the gap, less the node's own slot. */
function expectedMove(
  model: SequenceModel,
  base: number,
  now: number,
  nodeId: string,
  gap: number,
): Expected {
  const outcome = model.expectedOutcome(SECTION, base, model.intent(SECTION, base, gap, 0), now);
  if (!outcome.accepted) throw new Error('a move within one list cannot lose its place');
  const current = model.visibleUnits(SECTION).indexOf(nodeId);
  const toIndex = current < outcome.offset ? outcome.offset - 1 : outcome.offset;
  return toIndex === current ? { outcome: 'noOp' } : { outcome: 'accepted', index: toIndex };
}

function document() {
  const items = INITIAL_ITEMS.map((id) => docNode(id, 'item', `${id}的任务。`));
  return planDocument([
    docNode('part-2', 'part', '重点任务', [docNode(SECTION, 'section', '推动产业质量竞争力增强', items)]),
  ]);
}
