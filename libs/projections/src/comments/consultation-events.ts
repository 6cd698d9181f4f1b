import { consultationRoundStreamId, type FeedbackEvent, type RoundEvent } from '@planledger/domain';
import type { StoredEvent } from '@planledger/event-store';

const ROUND_STREAM_PREFIX = consultationRoundStreamId('');
/** departmentFeedbackStreamId(roundId, departmentId) is consultation-<roundId>-<departmentId>. */
const FEEDBACK_STREAM_PREFIX = 'consultation-';

const ROUND_EVENT_TYPES: ReadonlySet<string> = new Set<RoundEvent['type']>([
  'ConsultationRoundOpened',
  'LateSubmissionAllowed',
  'ConsultationRoundClosed',
  'NoObjectionRecorded',
]);

const FEEDBACK_EVENT_TYPES: ReadonlySet<string> = new Set<FeedbackEvent['type']>([
  'CommentSubmitted',
  'CommentEdited',
  'CommentWithdrawn',
  'CommentReplied',
  'NoObjectionAnswered',
  'DispositionRecorded',
]);

export type ConsultationEvent = (RoundEvent | FeedbackEvent) & { stored: StoredEvent };

/** The round and feedback events of a batch, typed; events of other streams are left out. */
export function consultationEvents(events: readonly StoredEvent[]): ConsultationEvent[] {
  return events.flatMap((stored) => {
    const isRound = stored.streamId.startsWith(ROUND_STREAM_PREFIX) && ROUND_EVENT_TYPES.has(stored.type);
    const isFeedback = stored.streamId.startsWith(FEEDBACK_STREAM_PREFIX) && FEEDBACK_EVENT_TYPES.has(stored.type);
    if (!isRound && !isFeedback) return [];
    return [{ type: stored.type, data: stored.data, stored } as ConsultationEvent];
  });
}
