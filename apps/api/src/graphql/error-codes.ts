import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ConsultationError, PlanConflictError, PlanError } from '@planledger/domain';
import { EventStoreError } from '@planledger/event-store';
import { CommandIdReusedError } from '../commands/command-runner';

/** The codes a client can see in `extensions.code`. Anything else is INTERNAL_SERVER_ERROR. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'STAGE_VIOLATION'
  | 'ALREADY_EXISTS'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

interface CodedError {
  code: ApiErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

const DOMAIN_CODES = new Set<string>([
  'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'STAGE_VIOLATION', 'ALREADY_EXISTS', 'FORBIDDEN', 'UNAUTHENTICATED', 'RATE_LIMITED',
]);

/**
 * The one place where errors become what a client sees: domain refusals keep their code and
 * details; store input errors are bad input; everything unexpected is an opaque internal error
 * (never a stack trace or SQL).
 */
export function toApiError(error: unknown): CodedError {
  if (error instanceof PlanConflictError) {
    return { code: 'CONFLICT', message: error.message, details: { ...error.details, conflictingRevisions: [...error.conflictingRevisions] } };
  }
  if (error instanceof PlanError) return { code: error.code, message: error.message, details: { ...error.details } };
  if (error instanceof ConsultationError) return { code: error.code as ApiErrorCode, message: error.message, details: { ...error.details } };
  if (error instanceof CommandIdReusedError) return { code: 'BAD_USER_INPUT', message: error.message, details: { field: 'commandId' } };
  if (error instanceof EventStoreError) {
    if (error.code === 'WRONG_EXPECTED_REVISION') return { code: 'CONFLICT', message: error.message };
    if (error.code === 'EVENT_STORE_CLOSED') return { code: 'INTERNAL_SERVER_ERROR', message: 'the service is shutting down' };
    return { code: 'BAD_USER_INPUT', message: error.message, details: { storeCode: error.code } };
  }
  // Other typed refusals (access, consultation helpers) carry one of the public codes already.
  const coded = error as { code?: unknown; message?: unknown; details?: Record<string, unknown> };
  if (error instanceof Error && typeof coded.code === 'string' && DOMAIN_CODES.has(coded.code)) {
    return { code: coded.code as ApiErrorCode, message: error.message, details: coded.details };
  }
  return { code: 'INTERNAL_SERVER_ERROR', message: 'internal error' };
}

/** Apollo's `formatError`: GraphQL validation and parse errors pass through; resolver errors are mapped. */
export function formatApiError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (!original || original instanceof GraphQLError) {
    const code = formatted.extensions?.code ?? 'BAD_USER_INPUT';
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  const mapped = toApiError(original);
  if (mapped.code === 'INTERNAL_SERVER_ERROR') reportUnexpected(original);
  return {
    message: mapped.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: mapped.code, ...(mapped.details ? { details: mapped.details } : {}) },
  };
}

function reportUnexpected(error: unknown): void {
  process.stderr.write(`planledger: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
}

/**
 * For transports that bypass Apollo's `formatError` (graphql-ws subscriptions): the same mapping,
 * as a GraphQLError carrying `extensions.code`.
 */
export function toGraphQLError(error: unknown): GraphQLError {
  const mapped = toApiError(error);
  return new GraphQLError(mapped.message, { extensions: { code: mapped.code, ...(mapped.details ? { details: mapped.details } : {}) } });
}
