import {
  consultationRoundStreamId,
  decideFeedback,
  decideRound,
  departmentFeedbackStreamId,
  evolveFeedback,
  evolveRound,
  initialFeedbackState,
  initialRoundState,
  type ConsultationActor,
  type FeedbackCommand,
  type FeedbackState,
  type OpenRound,
  type RoundCommand,
  type RoundState,
} from '@planledger/domain';
import type { EventStore, Position } from '@planledger/event-store';
import { randomUUID } from 'node:crypto';

export const drafter: ConsultationActor = { userId: 'u-drafter', departmentId: '区市场监管局', roles: ['drafter'] };
export const educationClerk: ConsultationActor = { userId: 'u-edu', departmentId: '区教委', roles: [] };
export const transportClerk: ConsultationActor = { userId: 'u-traffic', departmentId: '区交通局', roles: [] };

/** Monday 2024-03-04, 10:00 Beijing; the earliest 规范性文件 deadline is 2024-03-13. */
export const OPENED_AT = '2024-03-04T02:00:00.000Z';
export const DEADLINE = '2024-03-13';
export const BEFORE_DEADLINE = '2024-03-13T09:00:00.000Z';
export const DEADLINE_PASSED = '2024-03-13T16:00:00.000Z';

type FeedbackData<T extends FeedbackCommand['type']> = Omit<Extract<FeedbackCommand, { type: T }>['data'], 'roundId' | 'now'> & {
  now?: string;
};

/**
 * Runs a consultation round the way the app does: round commands on the round stream, each
 * department's feedback on its own stream, decided by the domain and appended expecting the
 * revision they were decided on.
 */
export class RoundAuthor {
  private round: RoundState = initialRoundState;
  private roundRevision = -1;
  private readonly feedback = new Map<string, { state: FeedbackState; revision: number }>();
  private lastPosition: Position | undefined;

  private constructor(
    private readonly store: EventStore,
    readonly roundId: string,
  ) {}

  static async open(store: EventStore, data: Omit<OpenRound['data'], 'actor' | 'now' | 'documentType' | 'deadline'> & Partial<OpenRound['data']>): Promise<RoundAuthor> {
    const author = new RoundAuthor(store, data.roundId);
    await author.onRound({
      type: 'OpenRound',
      data: { documentType: 'normativeDocument', deadline: DEADLINE, actor: drafter, now: OPENED_AT, ...data },
    });
    return author;
  }

  get position(): Position {
    if (this.lastPosition === undefined) throw new Error('nothing appended yet');
    return this.lastPosition;
  }

  allowLate(departmentId: string): Promise<void> {
    return this.onRound({ type: 'AllowLateSubmission', data: { roundId: this.roundId, departmentId, actor: drafter, now: DEADLINE_PASSED } });
  }

  close(respondedDepartmentIds: string[], now = DEADLINE_PASSED): Promise<void> {
    return this.onRound({ type: 'CloseRound', data: { roundId: this.roundId, respondedDepartmentIds, actor: drafter, now } });
  }

  async on<T extends FeedbackCommand['type']>(type: T, data: FeedbackData<T>): Promise<void> {
    const command = { type, data: { now: BEFORE_DEADLINE, ...data, roundId: this.roundId } } as FeedbackCommand;
    const { departmentId } = command.data;
    const current = this.feedback.get(departmentId) ?? { state: initialFeedbackState, revision: -1 };
    const events = decideFeedback(command, current.state, this.round);
    if (events.length === 0) return;
    const result = await this.store.append(
      departmentFeedbackStreamId(this.roundId, departmentId),
      current.revision < 0 ? 'no-stream' : current.revision,
      events.map((event) => ({ id: randomUUID(), type: event.type, data: event.data })),
    );
    this.feedback.set(departmentId, { state: events.reduce(evolveFeedback, current.state), revision: result.streamRevision });
    this.lastPosition = result.position;
  }

  private async onRound(command: RoundCommand): Promise<void> {
    const events = decideRound(command, this.round);
    if (events.length === 0) return;
    const result = await this.store.append(
      consultationRoundStreamId(this.roundId),
      this.roundRevision < 0 ? 'no-stream' : this.roundRevision,
      events.map((event) => ({ id: randomUUID(), type: event.type, data: event.data })),
    );
    this.round = events.reduce(evolveRound, this.round);
    this.roundRevision = result.streamRevision;
    this.lastPosition = result.position;
  }
}
