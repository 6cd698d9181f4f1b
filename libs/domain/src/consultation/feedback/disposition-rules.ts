import { isBlank, refuse } from '../errors';
import { DISPOSITION_KINDS, type DispositionKind, type PlanChangeReference } from './feedback-messages';
import type { CurrentDisposition } from './feedback-state';

/** 部分采纳 and 不采纳 must say why; the adoption report is published with these reasons. */
const NEEDS_REASON: readonly DispositionKind[] = ['partlyAdopted', 'notAdopted'];
/** Only a comment acted on has plan edits behind it; 已有体现 and 不采纳 change nothing. */
const MAY_BE_IMPLEMENTED: readonly DispositionKind[] = ['adopted', 'partlyAdopted'];

export interface CheckedDisposition {
  disposition: DispositionKind;
  reason: string | null;
  implementedBy: PlanChangeReference[];
}

export function checkDisposition(input: {
  disposition: DispositionKind;
  reason?: string;
  implementedBy?: PlanChangeReference[];
}): CheckedDisposition {
  const { disposition } = input;
  if (!DISPOSITION_KINDS.includes(disposition)) {
    refuse('BAD_USER_INPUT', 'unknown disposition', { disposition });
  }
  if (NEEDS_REASON.includes(disposition) && isBlank(input.reason)) {
    refuse('BAD_USER_INPUT', 'this disposition needs a reason', { disposition });
  }
  const implementedBy = input.implementedBy ?? [];
  if (implementedBy.length > 0 && !MAY_BE_IMPLEMENTED.includes(disposition)) {
    refuse('BAD_USER_INPUT', 'only adopted comments point at plan changes', { disposition });
  }
  implementedBy.forEach(checkReference);
  return {
    disposition,
    reason: input.reason?.trim() || null,
    implementedBy: implementedBy.map(copyReference),
  };
}

function checkReference(reference: PlanChangeReference): void {
  const valid =
    'revision' in reference
      ? Number.isInteger(reference.revision) && reference.revision >= 0
      : typeof reference.eventId === 'string' && !isBlank(reference.eventId);
  if (!valid) refuse('BAD_USER_INPUT', 'a plan change is a revision or an event id', { reference });
}

function copyReference(reference: PlanChangeReference): PlanChangeReference {
  return 'revision' in reference ? { revision: reference.revision } : { eventId: reference.eventId };
}

/** Recording the disposition a comment already has changes nothing (a retried command). */
export function sameDisposition(current: CurrentDisposition | null, next: CheckedDisposition): boolean {
  if (current === null || current.disposition !== next.disposition || current.reason !== next.reason) {
    return false;
  }
  return (
    current.implementedBy.length === next.implementedBy.length &&
    current.implementedBy.every((reference, i) => sameReference(reference, next.implementedBy[i]))
  );
}

function sameReference(a: PlanChangeReference, b: PlanChangeReference): boolean {
  return 'revision' in a
    ? 'revision' in b && a.revision === b.revision
    : 'eventId' in b && a.eventId === b.eventId;
}
