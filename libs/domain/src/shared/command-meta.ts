import { badInput } from './plan-error';
import { isBlank, isIsoInstant, isNonNegativeInteger } from './text-rules';

/** Who, when and why: given by the app with every command, copied into every event. */
export interface CommandMeta {
  /** The user id the app authenticated. */
  actor: string;
  /** ISO instant with offset; the domain never reads a clock. */
  at: string;
  reason?: string;
}

/** Every command on an existing plan names it and the revision its author saw. */
export interface WriteCommandMeta extends CommandMeta {
  planId: string;
  /** The stream revision the author's view was built from (0 = empty stream). */
  expectedRevision: number;
}

export interface EventMeta {
  actor: string;
  at: string;
  reason?: string;
}

export function eventMetaFrom(command: CommandMeta): EventMeta {
  if (isBlank(command.actor)) throw badInput('actor', 'a command needs the acting user');
  if (!isIsoInstant(command.at)) throw badInput('at', 'at must be an ISO instant with offset');
  if (command.reason === undefined) return { actor: command.actor, at: command.at };
  if (isBlank(command.reason)) throw badInput('reason', 'a reason, when given, must say something');
  return { actor: command.actor, at: command.at, reason: command.reason };
}

export function checkExpectedRevision(command: WriteCommandMeta): void {
  if (!isNonNegativeInteger(command.expectedRevision)) {
    throw badInput('expectedRevision', 'expectedRevision must be a revision number');
  }
}
