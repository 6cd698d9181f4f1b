import {
  EventIdConflictError,
  positionToString,
  WrongExpectedRevisionError,
  type AppendResult,
  type EventStore,
  type SnapshotStore,
} from '@planledger/event-store';
import { eventIdFor } from './command-ids';
import { FoldedStreams, type StreamFolder } from './folded-streams';
import type { StreamChanges } from './stream-changes';

export interface DomainEvent {
  type: string;
  data: unknown;
}

export interface CommandOutcome {
  /** The stream's revision after the command (1-based: the number of events in the stream). */
  revision: number;
  /** How many events the command wrote (0 for a retry of a command already applied). */
  written: number;
  /** True when this command id had already been applied: nothing new was written. */
  replayed: boolean;
  /**
   * Where the command's last event sits in the log (serialized), for read-your-writes on the
   * projections; null when the command wrote nothing now (a no-op or a replay).
   */
  position: string | null;
}

export class CommandIdReusedError extends Error {
  readonly code = 'BAD_USER_INPUT';
  constructor(readonly commandId: string) {
    super(`command id ${commandId} was already used for a different command`);
  }
}

/** Attempts before giving up under sustained contention on one stream. */
const MAX_ATTEMPTS = 25;

/**
 * The decide loop on the event store: load state and the events since the author's revision,
 * decide, append expecting the revision that was read; a concurrent append makes the store refuse
 * and the loop starts again on fresh state. Nothing is written on a refusal. Event ids come from
 * the client's command id, so a retried command finds its own events and returns the original
 * outcome instead of deciding twice.
 */
export class CommandRunner<E extends DomainEvent, S> {
  readonly streams: FoldedStreams<E, S>;

  /** With `changes`, unchanged streams are served from memory and this runner's appends are announced. */
  constructor(
    private readonly store: EventStore & SnapshotStore,
    private readonly folder: StreamFolder<E, S>,
    private readonly changes?: StreamChanges,
  ) {
    this.streams = new FoldedStreams(store, folder, { changes });
  }

  async run(
    streamId: string,
    command: { commandId: string; seenRevision?: number },
    decide: (state: S, eventsSince: E[], revision: number) => E[],
  ): Promise<CommandOutcome> {
    for (let attempt = 1; ; attempt++) {
      const loaded = await this.streams.load(streamId, command.seenRevision ?? 0);
      const earlier = loaded.eventsSince.filter((e) => e.metadata.commandId === command.commandId);
      if (earlier.length > 0) {
        return { revision: earlier[earlier.length - 1].streamRevision + 1, written: 0, replayed: true, position: positionToString(earlier[earlier.length - 1].position) };
      }
      const sinceSeen = command.seenRevision === undefined ? [] : loaded.eventsSince.map((e) => this.folder.upcast(e));
      const events = decide(loaded.state, sinceSeen, loaded.revision);
      if (events.length === 0) return { revision: loaded.revision, written: 0, replayed: false, position: null };
      let appended: AppendResult;
      try {
        appended = await this.store.append(
          streamId,
          loaded.revision === 0 ? 'no-stream' : loaded.revision - 1,
          events.map((event, index) => ({
            id: eventIdFor(command.commandId, index),
            type: event.type,
            data: event.data,
            metadata: { commandId: command.commandId },
          })),
        );
      } catch (error) {
        if (error instanceof WrongExpectedRevisionError && attempt < MAX_ATTEMPTS) {
          await backOff(attempt);
          continue;
        }
        if (error instanceof EventIdConflictError) throw new CommandIdReusedError(command.commandId);
        throw error;
      }
      const state = events.reduce((s, e) => this.folder.evolve(s, e), loaded.state);
      const revision = loaded.revision + events.length;
      this.streams.remember(streamId, { state, revision });
      this.changes?.appended(streamId, appended.streamRevision);
      return { revision, written: events.length, replayed: false, position: positionToString(appended.position) };
    }
  }
}

/** Jittered, growing pause so writers racing on one stream stop colliding in lockstep. */
function backOff(attempt: number): Promise<void> {
  const ms = Math.random() * Math.min(50, 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, ms));
}
