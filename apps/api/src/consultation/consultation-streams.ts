import {
  evolveFeedback,
  evolveRound,
  initialFeedbackState,
  initialRoundState,
  type FeedbackEvent,
  type FeedbackState,
  type RoundEvent,
  type RoundState,
} from '@planledger/domain';
import type { StreamFolder } from '../commands/folded-streams';

/** Consultation events have had one shape so far: reading them back is the identity. */
const asIs = <E>(stored: { type: string; data: unknown }) => ({ type: stored.type, data: stored.data }) as E;

export const ROUND_FOLDER: StreamFolder<RoundEvent, RoundState> = {
  stateSchemaVersion: 1,
  initialState: () => initialRoundState,
  evolve: evolveRound,
  upcast: asIs,
};

export const FEEDBACK_FOLDER: StreamFolder<FeedbackEvent, FeedbackState> = {
  stateSchemaVersion: 1,
  initialState: () => initialFeedbackState,
  evolve: evolveFeedback,
  upcast: asIs,
};

/** Round ids are derived from the plan and the round number, so a plan's rounds need no index. */
export function roundIdFor(planId: string, roundNumber: number): string {
  return `${planId}.r${roundNumber}`;
}

/** Whether a round id (see roundIdFor) belongs to the plan. */
export function isRoundOfPlan(roundId: string, planId: string): boolean {
  const prefix = `${planId}.r`;
  return roundId.startsWith(prefix) && /^\d+$/.test(roundId.slice(prefix.length));
}
