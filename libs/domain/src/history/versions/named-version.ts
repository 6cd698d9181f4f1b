import type { PlanEvent } from '../../events';

export type NamedVersionKind = 'consultation' | 'review' | 'issued' | 'tag';

/**
 * A version of the plan worth a name: the consultation draft of a round (征求意见稿（第1轮）),
 * the review draft (送审稿), the issued text (印发稿), each prefixed during an amendment
 * (第1次修订 征求意见稿（第1轮）), or a manual tag. `revision` is the revision whose text it names.
 */
export interface NamedVersion {
  name: string;
  kind: NamedVersionKind;
  revision: number;
  /** When and by whom it was named: the event's own time and actor. */
  at: string;
  actor: string;
  note?: string;
}

/**
 * The named version an event records, or null. `revision` is the event's own revision in the
 * plan stream (1 = the first event); a stage event names the text as of itself, a tag names the
 * revision it carries. Pure, so projections can call it event by event.
 */
export function namedVersionFor(event: PlanEvent, revision: number): NamedVersion | null {
  const { actor, at } = event.data;
  const stageVersion = (name: string, kind: NamedVersionKind, amendment: number | undefined) => ({
    name: amendmentPrefix(amendment) + name,
    kind,
    revision,
    at,
    actor,
  });
  switch (event.type) {
    case 'ConsultationStarted':
      return stageVersion(consultationDraftName(event.data.round), 'consultation', event.data.amendment);
    case 'ReviewStarted':
      return stageVersion(REVIEW_DRAFT, 'review', event.data.amendment);
    case 'PlanIssued':
      return stageVersion(ISSUED_TEXT, 'issued', event.data.amendment);
    case 'VersionTagged': {
      const { name, note, revision: tagged } = event.data;
      const version: NamedVersion = { name, kind: 'tag', revision: tagged, at, actor };
      return note === undefined ? version : { ...version, note };
    }
    default:
      return null;
  }
}

/** Every named version of a stream, in the order they were named; `events[0]` is revision 1. */
export function versionsOf(events: readonly PlanEvent[]): NamedVersion[] {
  const versions: NamedVersion[] = [];
  events.forEach((event, index) => {
    const version = namedVersionFor(event, index + 1);
    if (version !== null) versions.push(version);
  });
  return versions;
}

const REVIEW_DRAFT = '送审稿';
const ISSUED_TEXT = '印发稿';
const AUTOMATIC_NAME = /^(第[1-9]\d*次修订 )?(征求意见稿（第[1-9]\d*轮）|送审稿|印发稿)$/u;

/** True for a name the stage events give, which a manual tag may therefore not take. */
export function isAutomaticVersionName(name: string): boolean {
  return AUTOMATIC_NAME.test(name);
}

function consultationDraftName(round: number): string {
  return `征求意见稿（第${round}轮）`;
}

function amendmentPrefix(amendment: number | undefined): string {
  return amendment === undefined || amendment === 0 ? '' : `第${amendment}次修订 `;
}
