import { decideFeedback } from '../feedback/feedback-decider';
import type { FeedbackCommand, FeedbackEvent, SubmitComment } from '../feedback/feedback-messages';
import { evolveFeedback, type FeedbackState, initialFeedbackState } from '../feedback/feedback-state';
import type { RoundState } from '../rounds/round-state';
import { deciderSpec } from './decider-spec';
import { BEFORE_DEADLINE, DEADLINE_PASSED, educationClerk } from './fixtures';
import { closedRoundState, openRoundState } from './round-states';

/** Shared givens of the feedback specs: 区教委's stream in round r1. */
export const NODE_TEXT = '推进化学农药减量化，促进农业绿色高质量发展。';

export const specOn = (round: RoundState) =>
  deciderSpec<FeedbackCommand, FeedbackEvent, FeedbackState>({
    decide: (command, state) => decideFeedback(command, state, round),
    evolve: evolveFeedback,
    initialState: initialFeedbackState,
  });
export const open = specOn(openRoundState);
export const closed = specOn(closedRoundState);

export const stream = { roundId: 'r1', departmentId: '区教委' };

export const submit = (overrides: Partial<SubmitComment['data']> = {}): SubmitComment => ({
  type: 'SubmitComment',
  data: {
    ...stream,
    commentId: 'c1',
    nodeId: 'n-item-5',
    range: { start: 0, end: 9 },
    quotedText: '推进化学农药减量化',
    consultationNodeText: NODE_TEXT,
    text: '建议补充具体减量目标。',
    actor: educationClerk,
    now: BEFORE_DEADLINE,
    ...overrides,
  },
});

export const submitted: FeedbackEvent = {
  type: 'CommentSubmitted',
  data: {
    ...stream,
    commentId: 'c1',
    consultationRevision: 42,
    anchor: { nodeId: 'n-item-5', range: { start: 0, end: 9 }, quote: '推进化学农药减量化' },
    text: '建议补充具体减量目标。',
    late: false,
    actor: 'u-edu',
    at: BEFORE_DEADLINE,
  },
};

export const withdrawn: FeedbackEvent = {
  type: 'CommentWithdrawn',
  data: { ...stream, commentId: 'c1', reason: null, actor: 'u-edu', at: BEFORE_DEADLINE },
};

export const disposed: FeedbackEvent = {
  type: 'DispositionRecorded',
  data: { ...stream, commentId: 'c1', disposition: 'adopted', reason: null, implementedBy: [{ revision: 45 }], actor: 'u-drafter', at: DEADLINE_PASSED },
};

export const noObjection: FeedbackEvent = {
  type: 'NoObjectionAnswered',
  data: { ...stream, late: false, actor: 'u-edu', at: BEFORE_DEADLINE },
};

