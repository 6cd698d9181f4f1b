import type { PlanEvent } from '../../events';
import { requireExistingPlan } from '../../plan/plan-guards';
import type { PlanState } from '../../plan/plan-state';
import { eventMetaFrom } from '../../shared/command-meta';
import { badInput, PlanError } from '../../shared/plan-error';
import { isBlank, isNonNegativeInteger, isWellFormedText } from '../../shared/text-rules';
import { isAutomaticVersionName } from './named-version';
import type { TagVersion } from './version-commands';

/** Long enough for 第二次专家论证会修改稿（送区政府办公室）, short enough for a list. */
export const MAX_VERSION_NAME_LENGTH = 100;
export const MAX_VERSION_NOTE_LENGTH = 2000;

/** Names a revision; allowed in every stage of an existing plan, since it changes no text. */
export function decideTagVersion(command: TagVersion, state: PlanState): PlanEvent[] {
  const meta = eventMetaFrom(command.data);
  requireExistingPlan(state, command.data);
  const name = checkedText(command.data.name, 'name', MAX_VERSION_NAME_LENGTH);
  if (isAutomaticVersionName(name)) {
    throw badInput('name', 'this name is given automatically when the stage changes');
  }
  if (Object.hasOwn(state.versions, name)) {
    throw new PlanError('ALREADY_EXISTS', `the plan already has a version named ${name}`, {
      field: 'name',
    });
  }
  const { note } = command.data;
  const checkedNote =
    note === undefined ? undefined : checkedText(note, 'note', MAX_VERSION_NOTE_LENGTH);
  const revision = command.data.revision ?? command.data.expectedRevision;
  if (!isNonNegativeInteger(revision) || revision < 1 || revision > state.revision) {
    throw badInput('revision', 'tag a revision the plan has reached');
  }
  return [
    {
      type: 'VersionTagged',
      data: {
        ...meta,
        name,
        ...(checkedNote === undefined ? {} : { note: checkedNote }),
        revision,
      },
    },
  ];
}

function checkedText(value: unknown, field: string, maxLength: number): string {
  if (typeof value !== 'string' || isBlank(value) || !isWellFormedText(value)) {
    throw badInput(field, `${field} must say something`);
  }
  const trimmed = value.trim();
  if (trimmed.length > maxLength) throw badInput(field, `${field} is over ${maxLength} characters`);
  return trimmed;
}
