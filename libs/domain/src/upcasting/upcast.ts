import { PLAN_EVENT_TYPES, type PlanEvent } from '../events';

/** An event as the store returns it: a stored type name and JSON data of any past shape. */
export interface StoredPlanEvent {
  type: string;
  data: unknown;
}

/** Turns one past shape (or retired type name) into the current event. */
export type PlanEventUpcaster = (stored: StoredPlanEvent) => StoredPlanEvent;

export class UnknownPlanEventError extends Error {
  readonly code = 'UNKNOWN_EVENT_TYPE';

  constructor(readonly storedType: string) {
    super(`no plan event type ${storedType}; was it written by newer code?`);
    this.name = 'UnknownPlanEventError';
  }
}

/**
 * Builds the read-side hook: each upcaster is keyed by the stored type it reads and applied once
 * (an upcaster for a v1 shape that has since become v3 converts all the way). What comes out
 * must be a current type; anything else is refused rather than folded into a wrong state.
 */
export function createPlanEventUpcaster(
  upcasters: Readonly<Record<string, PlanEventUpcaster>>,
): (stored: StoredPlanEvent) => PlanEvent {
  return (stored) => {
    const current = Object.hasOwn(upcasters, stored.type) ? upcasters[stored.type](stored) : stored;
    if (!(PLAN_EVENT_TYPES as readonly string[]).includes(current.type)) {
      throw new UnknownPlanEventError(current.type);
    }
    return current as PlanEvent;
  };
}

/** Every stored shape is current today, so this is the identity on the known types. */
export const upcastPlanEvent = createPlanEventUpcaster({});
