import type { HistoryRef } from './history-ref';
import type { HistoryRefInput } from './history.types';

/** The GraphQL input as the history service's ref; its shape is checked there (BAD_USER_INPUT). */
export function refOf(input: HistoryRefInput): HistoryRef {
  const ref: Record<string, unknown> = {};
  if (input.revision !== undefined && input.revision !== null) ref.revision = input.revision;
  if (input.at !== undefined && input.at !== null) ref.at = input.at;
  if (input.version !== undefined && input.version !== null) ref.version = input.version;
  return ref as HistoryRef;
}
