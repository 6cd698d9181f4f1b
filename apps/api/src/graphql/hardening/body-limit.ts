import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';

/** What body-parser passes on when it refuses a body (an http-errors error). */
interface BodyParserError {
  type: string;
  status: number;
  expose: boolean;
  message: string;
  limit?: number;
}

/**
 * Caps JSON (and form) bodies at `maxBytes`. Call before `init()`/`listen()`: Nest then sees the
 * parsers in place and does not add its own 100 KB ones. A body whose Content-Length is over the
 * limit is refused with 413 before a byte of it is parsed; one sent without a length is cut off
 * as soon as it passes the limit. Refusals are GraphQL-shaped JSON, not Express's HTML page
 * (which outside production would show a stack trace).
 */
export function limitRequestBodies(app: NestExpressApplication, maxBytes: number): void {
  app.useBodyParser('json', { limit: maxBytes });
  app.useBodyParser('urlencoded', { limit: maxBytes, extended: true });
  app.use(answerBodyParserRefusals);
}

/** Express error middleware (four parameters): body-parser's 4xx refusals become JSON answers. */
function answerBodyParserRefusals(error: unknown, _request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void): void {
  if (!isBodyParserRefusal(error) || response.headersSent) {
    next(error);
    return;
  }
  const message = error.type === 'entity.too.large' && error.limit !== undefined
    ? `the request body is larger than ${error.limit} bytes`
    : error.message;
  response.statusCode = error.status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] }));
}

function isBodyParserRefusal(error: unknown): error is BodyParserError {
  const candidate = error as Partial<BodyParserError> | null;
  return typeof candidate?.type === 'string' && typeof candidate.status === 'number'
    && candidate.status >= 400 && candidate.status < 500 && candidate.expose === true;
}
