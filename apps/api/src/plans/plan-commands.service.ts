import { Inject, Injectable } from '@nestjs/common';
import {
  evolve,
  foldPlan,
  handle,
  initialState,
  PLAN_STATE_SCHEMA_VERSION,
  planStreamId,
  upcastPlanEvent,
  type PlanCommand,
  type PlanEvent,
  type PlanState,
} from '@planledger/domain';
import type { EventStore, SnapshotStore } from '@planledger/event-store';
import { CommandRunner, type CommandOutcome } from '../commands/command-runner';
import type { Folded, StreamFolder } from '../commands/folded-streams';
import { StreamChanges } from '../commands/stream-changes';
import { EVENT_STORE } from '../event-log/event-log.module';

export const PLAN_FOLDER: StreamFolder<PlanEvent, PlanState> = {
  stateSchemaVersion: PLAN_STATE_SCHEMA_VERSION,
  initialState,
  evolve,
  fold: foldPlan,
  upcast: upcastPlanEvent,
};

/** Runs plan commands on the plan streams: rebase over concurrent edits, decide, append. */
@Injectable()
export class PlanCommandsService {
  private readonly runner: CommandRunner<PlanEvent, PlanState>;

  constructor(@Inject(EVENT_STORE) store: EventStore & SnapshotStore, changes: StreamChanges) {
    this.runner = new CommandRunner(store, PLAN_FOLDER, changes);
  }

  execute(command: PlanCommand, commandId: string): Promise<CommandOutcome> {
    const seenRevision = command.type === 'CreatePlan' ? undefined : command.data.expectedRevision;
    return this.runner.run(planStreamId(command.data.planId), { commandId, seenRevision }, (state, eventsSince) =>
      handle(command, state, eventsSince),
    );
  }

  /** The plan's current state (revision 0 and a null planId when it does not exist). */
  async current(planId: string): Promise<Folded<PlanState>> {
    const { state, revision } = await this.runner.streams.load(planStreamId(planId));
    return { state, revision };
  }
}
