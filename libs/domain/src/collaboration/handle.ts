import type { PlanCommand } from '../commands';
import { decide } from '../decide';
import type { PlanEvent } from '../events';
import type { PlanState } from '../plan/plan-state';
import { badInput } from '../shared/plan-error';
import { rebase } from './rebase';

/**
 * Rebase, then decide: what the app calls for every command. Its loop is: read the stream, fold
 * it with `evolve`, `handle(command, state, events after command.data.expectedRevision)`, append
 * the result expecting `state.revision`, and on a store concurrency error start again.
 * `eventsSince` must be exactly the events after the author's revision: the revisions named in
 * a conflict are counted from it.
 */
export function handle(
  command: PlanCommand,
  state: PlanState,
  eventsSince: readonly PlanEvent[],
): PlanEvent[] {
  if (command.type !== 'CreatePlan') {
    const { expectedRevision } = command.data;
    const reached = expectedRevision <= state.revision;
    if (reached && expectedRevision + eventsSince.length !== state.revision) {
      throw badInput('eventsSince', 'eventsSince must hold every event after expectedRevision');
    }
  }
  return decide(rebase(command, eventsSince, state), state);
}
