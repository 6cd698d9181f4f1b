import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * GraphQL errors are mapped once, in `formatApiError`; this filter only keeps Nest from logging
 * every expected refusal (CONFLICT, FORBIDDEN…) as if it were a crash. HTTP routes keep Nest's handling.
 */
@Catch()
export class ApiExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
