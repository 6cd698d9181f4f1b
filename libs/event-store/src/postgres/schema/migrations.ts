import { createEventLog } from './001-event-log';
import { createAppendFunction } from './002-append-function';
import { createAppendGroups } from './003-append-groups';
import { createSnapshots } from './004-snapshots';
import { createAppendRefusal } from './005-append-refusal';
import { createAppendToStreams } from './006-append-to-streams';
import { markReplays } from './007-replay-marked';
import { Migration } from './migration';

/** Every step, in version order. Add new steps at the end; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [createEventLog, createAppendFunction, createAppendGroups, createSnapshots, createAppendRefusal, createAppendToStreams, markReplays];
