import { createHash } from 'node:crypto';

/**
 * Event ids derived from the client's command id: a retried command produces the same ids, so the
 * store recognises the write, and the command's events can be found again by their metadata.
 * A name-based UUID (version 5 layout over SHA-1), stable across processes and releases.
 */
export function eventIdFor(commandId: string, index: number): string {
  const hash = createHash('sha1').update(`planledger:${commandId}:${index}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
