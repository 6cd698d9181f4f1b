import { planStreamId } from '@planledger/domain';

const PLAN_STREAM_PREFIX = planStreamId('');

/** Plan streams are `plan-<planId>` (see planStreamId); every other stream is not a plan's. */
export function isPlanStream(streamId: string): boolean {
  return streamId.startsWith(PLAN_STREAM_PREFIX);
}

export function planIdOfStream(streamId: string): string {
  return streamId.slice(PLAN_STREAM_PREFIX.length);
}
