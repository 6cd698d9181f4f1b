import type { PlanCommand } from '../commands';
import { handle } from '../collaboration/handle';
import type { PlanEvent, PlanEventType } from '../events';
import { evolve } from '../evolve';
import { initialState, type PlanState } from '../plan/plan-state';
import { PlanError, type PlanErrorCode } from '../shared/plan-error';

/**
 * given(the stream so far).when(a command).then(the events decided | the refusal's code).
 * `when` runs the app's path: `handle` with the events after the command's expected revision.
 * The folded state is deep-frozen, so a decider that mutates it fails loudly.
 */
export function given(history: readonly PlanEvent[]) {
  const state = deepFreeze(history.reduce(evolve, initialState()));
  return {
    state,
    when(command: PlanCommand) {
      const eventsSince =
        command.type === 'CreatePlan' ? [] : history.slice(command.data.expectedRevision);
      const run = () => handle(command, state, eventsSince);
      function then(expected: readonly PlanEvent[]): PlanEvent[];
      function then(expected: PlanErrorCode): PlanError;
      function then(expected: readonly PlanEvent[] | PlanErrorCode): PlanEvent[] | PlanError {
        if (typeof expected === 'string') return expectRefusal(run, expected);
        return expectEvents(run, expected);
      }
      /** For tables of commands: only the types of the events decided. */
      function thenProduces(...types: PlanEventType[]): PlanEvent[] {
        const events = run();
        expect(events.map((event) => event.type)).toEqual(types);
        return events;
      }
      return { then, thenProduces };
    },
  };
}

/** The folded state after the history and the events a command decided. */
export function stateAfter(events: readonly PlanEvent[]): PlanState {
  return events.reduce(evolve, initialState());
}

function expectEvents(run: () => PlanEvent[], expected: readonly PlanEvent[]): PlanEvent[] {
  const events = run();
  expect(events).toEqual(expected);
  return events;
}

function expectRefusal(run: () => PlanEvent[], code: PlanErrorCode): PlanError {
  const error = refusalOf(run);
  expect(error.code).toBe(code);
  return error;
}

/** The PlanError `run` throws; fails the spec when it returns or throws anything else. */
export function refusalOf(run: () => unknown): PlanError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(PlanError);
  return thrown as PlanError;
}

/** Freezes a state and everything in it, so code that mutates it throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
