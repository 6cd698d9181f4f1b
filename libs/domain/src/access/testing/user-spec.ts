import { AccessError, type AccessErrorCode } from '../access-error';
import type { UserCommand } from '../users/user-commands';
import { decideUser } from '../users/user-decider';
import type { UserEvent } from '../users/user-events';
import { evolveUser, initialUserState } from '../users/user-state';

/**
 * given(the user stream so far).when(a command).then(the events decided | the refusal's code).
 * The folded state is deep-frozen, so a decider that mutates it fails loudly.
 */
export function given(history: readonly UserEvent[]) {
  const state = deepFreeze(history.reduce(evolveUser, initialUserState()));
  return {
    state,
    when(command: UserCommand) {
      const run = () => decideUser(command, state);
      return {
        then(expected: readonly UserEvent[]): void {
          expect(run()).toEqual(expected);
        },
        thenRefuses(code: AccessErrorCode): AccessError {
          let thrown: unknown;
          try {
            run();
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(AccessError);
          expect((thrown as AccessError).code).toBe(code);
          return thrown as AccessError;
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
