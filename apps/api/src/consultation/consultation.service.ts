import { Inject, Injectable } from '@nestjs/common';
import {
  assertPlanReadyForReview,
  consultationRoundStreamId,
  decideFeedback,
  decideRound,
  departmentFeedbackStreamId,
  departmentHasResponded,
  projectRoundFeedback,
  type ConsultationActor,
  type FeedbackCommand,
  type FeedbackEvent,
  type FeedbackState,
  type OpenedRound,
  type RoundCommand,
  type RoundEvent,
  type RoundFeedbackView,
  type RoundState,
} from '@planledger/domain';
import type { EventStore, SnapshotStore } from '@planledger/event-store';
import { CommandRunner, type CommandOutcome } from '../commands/command-runner';
import { StreamChanges } from '../commands/stream-changes';
import { EVENT_STORE } from '../event-log/event-log.module';
import { FEEDBACK_FOLDER, ROUND_FOLDER, roundIdFor } from './consultation-streams';

export class RoundNotFoundError extends Error {
  readonly code = 'NOT_FOUND';
  constructor(readonly roundId: string) {
    super(`no consultation round ${roundId}`);
  }
}

/**
 * Runs the consultation streams: one per round, one per (round, department). A department's
 * command is decided on its own stream with the round's state read just before, so fifty
 * departments never contend with each other or with the drafters.
 */
@Injectable()
export class ConsultationService {
  private readonly rounds: CommandRunner<RoundEvent, RoundState>;
  private readonly feedback: CommandRunner<FeedbackEvent, FeedbackState>;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore & SnapshotStore, changes: StreamChanges) {
    this.rounds = new CommandRunner(store, ROUND_FOLDER, changes);
    this.feedback = new CommandRunner(store, FEEDBACK_FOLDER, changes);
  }

  roundId(planId: string, roundNumber: number): string {
    return roundIdFor(planId, roundNumber);
  }

  async round(roundId: string): Promise<OpenedRound> {
    const round = await this.findRound(roundId);
    if (!round) throw new RoundNotFoundError(roundId);
    return round;
  }

  /** The round, or undefined when no round of that id was opened. */
  async findRound(roundId: string): Promise<OpenedRound | undefined> {
    const { state } = await this.rounds.streams.load(consultationRoundStreamId(roundId));
    return state.status === 'notOpened' ? undefined : state;
  }

  /** OpenRound and AllowLateSubmission; CloseRound goes through `closeRound`. */
  decideOnRound(command: Exclude<RoundCommand, { type: 'CloseRound' }>, commandId: string): Promise<CommandOutcome> {
    return this.rounds.run(consultationRoundStreamId(command.data.roundId), { commandId }, (state) => decideRound(command, state));
  }

  /**
   * Closes a round, recording 无意见 for every invited department that has not answered. The
   * departments' answers are read from their streams just before deciding.
   */
  async closeRound(roundId: string, actor: ConsultationActor, now: string, commandId: string, reason?: string): Promise<CommandOutcome> {
    const round = await this.round(roundId);
    const responded: string[] = [];
    for (const departmentId of round.invitedDepartmentIds) {
      const { state } = await this.feedback.streams.load(departmentFeedbackStreamId(roundId, departmentId));
      if (departmentHasResponded(state)) responded.push(departmentId);
    }
    const command: RoundCommand = {
      type: 'CloseRound',
      data: { roundId, respondedDepartmentIds: responded, actor, now, ...(reason ? { reason } : {}) },
    };
    return this.rounds.run(consultationRoundStreamId(roundId), { commandId }, (state) => decideRound(command, state));
  }

  async decideOnFeedback(command: FeedbackCommand, commandId: string): Promise<CommandOutcome> {
    const { roundId, departmentId } = command.data;
    const { state: round } = await this.rounds.streams.load(consultationRoundStreamId(roundId));
    return this.feedback.run(departmentFeedbackStreamId(roundId, departmentId), { commandId }, (state) =>
      decideFeedback(command, state, round),
    );
  }

  /** Every comment of the round, with replies and dispositions, read from the department streams. */
  async roundFeedback(roundId: string): Promise<{ round: OpenedRound; feedback: RoundFeedbackView }> {
    const round = await this.round(roundId);
    const events: FeedbackEvent[] = [];
    for (const departmentId of round.invitedDepartmentIds) {
      const stored = await this.store.readStream(departmentFeedbackStreamId(roundId, departmentId));
      events.push(...stored.map((e) => FEEDBACK_FOLDER.upcast(e)));
    }
    return { round, feedback: projectRoundFeedback(events) };
  }

  /** Refuses (STAGE_VIOLATION) while a comment of the plan's last round has no disposition. */
  async assertReadyForReview(planId: string, consultationRounds: number): Promise<void> {
    if (consultationRounds === 0) return;
    const roundId = roundIdFor(planId, consultationRounds);
    const round = await this.findRound(roundId);
    if (!round) return;
    const { feedback } = await this.roundFeedback(roundId);
    assertPlanReadyForReview(feedback.comments, round);
  }
}
