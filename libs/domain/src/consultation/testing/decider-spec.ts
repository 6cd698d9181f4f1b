import { ConsultationError, type ConsultationErrorCode } from '../errors';

/**
 * Given/when/then for pure deciders: `given` past events folded with `evolve`, `when` a command,
 * `then` the events decided, or `thenRefuses` with an error code. The folded state is deep-frozen so
 * a decider that mutates its state fails loudly instead of passing by accident.
 */
export interface Decider<Command, Event, State> {
  decide: (command: Command, state: State) => Event[];
  evolve: (state: State, event: Event) => State;
  initialState: State;
}

export function deciderSpec<Command, Event, State>(decider: Decider<Command, Event, State>) {
  return {
    given(events: readonly Event[]) {
      const state = deepFreeze(events.reduce(decider.evolve, decider.initialState));
      return {
        when(command: Command) {
          const run = () => decider.decide(command, state);
          return {
            then(expected: readonly Event[]) {
              expect(run()).toEqual(expected);
            },
            thenNothingHappens() {
              expect(run()).toEqual([]);
            },
            thenRefuses(code: ConsultationErrorCode) {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(ConsultationError);
              expect((thrown as ConsultationError).code).toBe(code);
            },
          };
        },
      };
    },
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
