import type { EventMeta } from '../../shared/command-meta';

/** A manual name for the text as of `revision`; the tag itself changes no text. */
export interface VersionTagged {
  type: 'VersionTagged';
  data: EventMeta & {
    name: string;
    note?: string;
    /** The revision named: the text of the plan after its first `revision` events. */
    revision: number;
  };
}
