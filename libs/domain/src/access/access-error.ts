/**
 * Refusals of the access capability: users, roles and authorization. The app maps `code` once
 * to a GraphQL `extensions.code`; tests assert the code (and `details.field`), never the message.
 */
export type AccessErrorCode =
  /** No principal, or a token that is missing, malformed, expired or no longer valid. */
  | 'UNAUTHENTICATED'
  /** A known principal whose roles do not allow the action on the resource. */
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS';

export interface AccessErrorDetails {
  /** BAD_USER_INPUT: the command field at fault, e.g. 'username' or 'role'. */
  field?: string;
  /** FORBIDDEN: the action that was refused. */
  action?: string;
}

export class AccessError extends Error {
  readonly code: AccessErrorCode;
  readonly details: Readonly<AccessErrorDetails>;

  constructor(code: AccessErrorCode, message: string, details: AccessErrorDetails = {}) {
    super(message);
    this.name = 'AccessError';
    this.code = code;
    this.details = details;
  }
}

export function badAccessInput(field: string, message: string): AccessError {
  return new AccessError('BAD_USER_INPUT', message, { field });
}
