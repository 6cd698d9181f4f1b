import fc from 'fast-check';
import type { PlanCommand } from '../commands';
import type { PlanEvent } from '../events';
import { evolve } from '../evolve';
import { initialState, type PlanState } from '../plan/plan-state';
import { PlanConflictError } from '../shared/plan-error';
import { deepFreeze } from '../testing/given-when-then';
import { at, PLAN_ID, planCreated, textImported } from '../testing/plan-fixtures';
import { docNode, planDocument } from '../testing/seed-like-document';
import { type ExpectedOutcome, type ModelUnit, SequenceModel } from '../testing/sequence-model';
import { handle } from './handle';

/**
 * Several authors edit short seed-like texts (one with 𠮷, outside the BMP), each from a view
 * that is usually stale; the server takes their commands in the generated order through
 * `handle` (rebase + decide), exactly as the app does. Now and then an author deletes a node.
 *
 * Invariants, checked on every run:
 * (1) The server's final state equals a sequential replay (evolve) of the accepted events from
 *     the initial state, and every node's text equals the sequence model's visible text.
 * (2) No lost edit: every character inserted by an acknowledged edit is, at the end, in its
 *     node's text at the place the sequence model gives it, unless an edit or node deletion
 *     acknowledged later deleted it. An accepted edit deletes exactly the characters its author
 *     selected and inserts exactly the author's text, where the model says the author meant it.
 * (3) A command is refused with CONFLICT exactly when the model says it overlaps a change its
 *     author did not see; the conflict names that change's revision, and a refusal appends
 *     nothing and leaves the state as it was (states are frozen).
 */
const NODE_TEXTS: Readonly<Record<string, string>> = {
  'item-1': '增强产业基础质量支撑。',
  'item-2': '提高𠮷产业质量竞争水平。',
  'goal-lead': '到2027年，全区质量整体水平明显提升。',
};
const NODE_IDS = Object.keys(NODE_TEXTS);
const AUTHORS = ['u-zhang', 'u-wang', 'u-li'];

const author = { author: fc.nat({ max: AUTHORS.length - 1 }), sync: fc.boolean(), node: fc.nat() };
const typed = fc.array(fc.constantFrom('质', '量', '𠮷', 'A', '，'), { maxLength: 3 });
const editStep = fc.record({
  kind: fc.constant('edit' as const),
  ...author,
  start: fc.nat(),
  length: fc.nat({ max: 4 }),
  text: typed.map((units) => units.join('')),
});
const deleteStep = fc.record({ kind: fc.constant('deleteNode' as const), ...author });
const steps = fc.array(
  fc.oneof({ weight: 12, arbitrary: editStep }, { weight: 1, arbitrary: deleteStep }),
  { minLength: 2, maxLength: 14 },
);
type Step = typeof editStep extends fc.Arbitrary<infer E> ? E : never;

interface Acknowledged {
  nodeId: string;
  revision: number;
  inserted: ModelUnit[];
}

describe('concurrent editing through rebase + decide', () => {
  it('keeps every acknowledged edit and refuses exactly the overlapping ones', () => {
    const tally = { refused: 0, acceptedStale: 0 };
    fc.assert(
      fc.property(steps, (generated) => {
        const store: PlanEvent[] = [planCreated(), textImported(document())];
        const states: PlanState[] = [deepFreeze(initialState())];
        for (const event of store) {
          states.push(deepFreeze(evolve(states[states.length - 1], event)));
        }
        const model = new SequenceModel(NODE_TEXTS, store.length);
        const views = AUTHORS.map(() => store.length);
        const acknowledged: Acknowledged[] = [];

        generated.forEach((step, index) => {
          if (step.sync) views[step.author] = store.length;
          const base = views[step.author];
          const live = NODE_IDS.filter((id) => Object.hasOwn(states[base].nodes, id));
          if (live.length === 0) return;
          const nodeId = live[step.node % live.length];
          const now = store.length;
          const current = states[now];
          const meta = {
            planId: PLAN_ID,
            expectedRevision: base,
            actor: AUTHORS[step.author],
            at: at(30 + index),
          };

          let command: PlanCommand;
          let expected: ExpectedOutcome | DeleteOutcome;
          if (step.kind === 'edit') {
            const edit = editOn(states[base].nodes[nodeId].text, step);
            if (edit === null) return;
            command = { type: 'EditNodeText', data: { ...meta, nodeId, ...edit } };
            const intent = model.intent(nodeId, base, edit.offset, edit.deleteCount);
            expected = model.expectedOutcome(nodeId, base, intent, now);
          } else {
            command = { type: 'DeleteNode', data: { ...meta, nodeId } };
            expected = expectedDeleteOutcome(store, base, nodeId);
          }

          let events: PlanEvent[];
          try {
            events = handle(command, current, store.slice(base));
          } catch (error) {
            if (!(error instanceof PlanConflictError)) throw error;
            expect(expected).toMatchObject({ accepted: false });
            if (!expected.accepted) {
              expect(error.conflictingRevisions).toContain(expected.firstConflict);
            }
            for (const revision of error.conflictingRevisions) {
              expect(revision > base && revision <= now).toBe(true);
            }
            expect(store).toHaveLength(now);
            expect(states[now]).toBe(current);
            tally.refused += 1;
            return;
          }
          expect(expected.accepted).toBe(true);
          if (base < now) tally.acceptedStale += 1;
          for (const event of events) {
            store.push(event);
            states.push(deepFreeze(evolve(states[states.length - 1], event)));
            const revision = store.length;
            if (event.type === 'NodeTextEdited') {
              const { offset, deleteCount, deletedText, insertedText } = event.data;
              expect({ offset, deletedText, insertedText }).toEqual({
                offset: 'offset' in expected ? expected.offset : null,
                deletedText: 'deletedText' in expected ? expected.deletedText : null,
                insertedText: step.kind === 'edit' ? step.text : null,
              });
              const inserted = model.apply(nodeId, offset, deleteCount, insertedText, revision);
              acknowledged.push({ nodeId, revision, inserted });
            } else if (event.type === 'NodeDeleted') {
              model.remove(nodeId, revision);
            }
          }
        });

        const final = states[states.length - 1];
        expect(final).toEqual(store.reduce(evolve, initialState()));
        for (const nodeId of NODE_IDS) {
          if (model.removedAt(nodeId) === undefined) {
            expect(final.nodes[nodeId].text).toBe(model.visibleText(nodeId));
          } else {
            expect(Object.hasOwn(final.nodes, nodeId)).toBe(false);
          }
        }
        for (const { nodeId, revision, inserted } of acknowledged) {
          const visible = model.visibleAt(nodeId, store.length);
          for (const unit of inserted) {
            if (unit.deletedAt === null) {
              expect(final.nodes[nodeId].text[visible.indexOf(unit)]).toBe(unit.unit);
            } else {
              expect(unit.deletedAt).toBeGreaterThan(revision);
              expect(['NodeTextEdited', 'NodeDeleted']).toContain(store[unit.deletedAt - 1].type);
            }
          }
        }
      }),
      { numRuns: 1000 },
    );
    // The generator must exercise both sides of the rule, not just one.
    expect(tally.refused).toBeGreaterThan(50);
    expect(tally.acceptedStale).toBeGreaterThan(500);
  });
});

function document() {
  return planDocument([
    docNode('part-2', 'part', '重点任务', [
      docNode('item-1', 'item', NODE_TEXTS['item-1'], [], ['区经济信息委']),
      docNode('item-2', 'item', NODE_TEXTS['item-2'], [], ['区市场监管局']),
    ]),
    docNode('goal-lead', 'paragraph', NODE_TEXTS['goal-lead']),
  ]);
}

/**
 * The edit a step makes on the text its author sees, never splitting 𠮷 (the unit specs cover
 * refusing that); null when it would change nothing.
 */
function editOn(text: string, step: Step) {
  const offset = alignToCharacter(text, step.start % (text.length + 1));
  const end = alignToCharacter(text, Math.min(text.length, offset + step.length));
  if (text.slice(offset, end) === step.text) return null;
  return { offset, deleteCount: end - offset, insertedText: step.text };
}

/**
 * A delete is refused when the node was edited since its author's view (the edit would be lost)
 * or deleted since; the latter is the one it names, as the edits went with the node.
 */
type DeleteOutcome = { accepted: true } | { accepted: false; firstConflict: number };

function expectedDeleteOutcome(
  store: readonly PlanEvent[],
  base: number,
  nodeId: string,
): DeleteOutcome {
  const touching = store
    .map((event, index) => ({ event, revision: index + 1 }))
    .filter(({ revision }) => revision > base)
    .filter(({ event }) => 'nodeId' in event.data && event.data.nodeId === nodeId);
  const deletion = touching.find(({ event }) => event.type === 'NodeDeleted');
  if (touching.length === 0) return { accepted: true };
  return { accepted: false, firstConflict: (deletion ?? touching[0]).revision };
}

function alignToCharacter(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  return offset > 0 && code >= 0xdc00 && code <= 0xdfff ? offset - 1 : offset;
}
