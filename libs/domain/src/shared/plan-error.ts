import type { PlanStage } from '../stages/plan-stage';

/**
 * Refusals of the plan stream. The app maps `code` once to a GraphQL `extensions.code`; tests
 * assert the code (and the typed details), never the message.
 */
export type PlanErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'STAGE_VIOLATION'
  | 'CONFLICT'
  | 'ALREADY_EXISTS';

export interface PlanErrorDetails {
  /** BAD_USER_INPUT: the command field at fault, e.g. 'offset' or 'documentNumber'. */
  field?: string;
  /** The node the refusal is about, when there is one. */
  nodeId?: string;
  /** STAGE_VIOLATION: the stage the plan is in (null before it was created). */
  stage?: PlanStage | null;
}

export class PlanError extends Error {
  readonly code: PlanErrorCode;
  readonly details: Readonly<PlanErrorDetails>;

  constructor(code: PlanErrorCode, message: string, details: PlanErrorDetails = {}) {
    super(message);
    this.name = 'PlanError';
    this.code = code;
    this.details = details;
  }
}

/**
 * A write whose author did not see changes it would overwrite or discard. The revisions name
 * those concurrent events so the client can show them before the author retries.
 */
export class PlanConflictError extends PlanError {
  readonly conflictingRevisions: readonly number[];

  constructor(
    message: string,
    conflictingRevisions: readonly number[],
    details: PlanErrorDetails = {},
  ) {
    super('CONFLICT', message, details);
    this.name = 'PlanConflictError';
    this.conflictingRevisions = conflictingRevisions;
  }
}

export function badInput(
  field: string,
  message: string,
  details: PlanErrorDetails = {},
): PlanError {
  return new PlanError('BAD_USER_INPUT', message, { ...details, field });
}

export function nodeNotFound(nodeId: string): PlanError {
  return new PlanError('NOT_FOUND', `node ${nodeId} does not exist`, { nodeId });
}
