/**
 * Domain errors of the consultation capability. The app maps `code` once to a GraphQL
 * `extensions.code`; tests assert the code, never the message.
 */
export type ConsultationErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'STAGE_VIOLATION'
  | 'CONFLICT'
  | 'ALREADY_EXISTS';

export class ConsultationError extends Error {
  readonly code: ConsultationErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ConsultationErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ConsultationError';
    this.code = code;
    this.details = details;
  }
}

export function refuse(
  code: ConsultationErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): never {
  throw new ConsultationError(code, message, details);
}

export function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === '';
}
