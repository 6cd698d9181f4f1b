import { EventStoreError } from '../port/errors';
import { isStorableText } from './strict-json';

export const MAX_STREAM_ID_LENGTH = 200;

/** Stream ids are 1..200 characters of storable text (no NUL, no lone surrogate). */
export function checkStreamId(streamId: unknown, refuse: (message: string) => EventStoreError): asserts streamId is string {
  if (typeof streamId !== 'string' || streamId.length === 0) throw refuse('a stream id must be a non-empty string');
  if (streamId.length > MAX_STREAM_ID_LENGTH) {
    throw refuse(`a stream id has at most ${MAX_STREAM_ID_LENGTH} characters, got ${streamId.length}`);
  }
  if (!isStorableText(streamId)) throw refuse('a stream id must not contain \\u0000 or a lone surrogate');
}
