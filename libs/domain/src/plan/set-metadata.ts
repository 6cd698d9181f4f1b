import type { DocumentMetadata } from '@planledger/documents';
import type { PlanEvent } from '../events';
import { eventMetaFrom } from '../shared/command-meta';
import { badInput } from '../shared/plan-error';
import { isBlank, isIsoDate } from '../shared/text-rules';
import { EDITABLE_STAGES } from '../stages/plan-stage';
import { sameList } from '../editing/node-content-rules';
import type { SetMetadata } from './plan-commands';
import {
  EDITABLE_METADATA_FIELDS,
  type EditableMetadata,
  type EditableMetadataField,
} from './plan-events';
import { requireExistingPlan, requireStage } from './plan-guards';
import type { PlanState } from './plan-state';

/** Sets some metadata fields; only those that really change are recorded, with their old values. */
export function decideSetMetadata(command: SetMetadata, state: PlanState): PlanEvent[] {
  const meta = eventMetaFrom(command.data);
  requireExistingPlan(state, command.data);
  requireStage(state, EDITABLE_STAGES, 'setting metadata');
  const requested = command.data.changes;
  if (requested === null || typeof requested !== 'object' || Object.keys(requested).length === 0) {
    throw badInput('changes', 'name at least one metadata field to set');
  }
  const changes: Partial<Record<EditableMetadataField, unknown>> = {};
  const previous: Partial<Record<EditableMetadataField, unknown>> = {};
  for (const [field, value] of Object.entries(requested)) {
    if (!isEditableField(field)) {
      throw badInput(`changes.${field}`, 'this field is not set directly');
    }
    checkMetadataValue(field, value);
    if (!sameValue(value, state.metadata[field])) {
      changes[field] = field === 'addressees' ? [...(value as string[])] : value;
      previous[field] = state.metadata[field];
    }
  }
  if (Object.keys(changes).length === 0) {
    throw badInput('changes', 'the metadata already says this');
  }
  return [
    {
      type: 'MetadataSet',
      data: {
        ...meta,
        changes: changes as Partial<EditableMetadata>,
        previous: previous as Partial<EditableMetadata>,
      },
    },
  ];
}

function isEditableField(field: string): field is EditableMetadataField {
  return (EDITABLE_METADATA_FIELDS as readonly string[]).includes(field);
}

/** title is always present; the other texts may be cleared with null. */
function checkMetadataValue(field: EditableMetadataField, value: unknown): void {
  const path = `changes.${field}`;
  switch (field) {
    case 'title':
      if (isBlank(value as string)) throw badInput(path, 'a plan keeps a title');
      return;
    case 'issuingBody':
    case 'publicationNote':
      if (value !== null && isBlank(value as string)) throw badInput(path, 'give text or null');
      return;
    case 'date':
      if (value !== null && !isIsoDate(value)) {
        throw badInput(path, 'date must be yyyy-mm-dd or null');
      }
      return;
    case 'addressees':
      if (!Array.isArray(value) || value.some((addressee) => isBlank(addressee))) {
        throw badInput(path, 'addressees must be a list of names');
      }
  }
}

function sameValue(value: unknown, current: DocumentMetadata[EditableMetadataField]): boolean {
  if (Array.isArray(value) && Array.isArray(current)) return sameList(value, current);
  return value === current;
}
