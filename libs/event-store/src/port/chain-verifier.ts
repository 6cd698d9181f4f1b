import { Position } from './position';

/**
 * Tamper evidence: each event's hash covers its content and the hash of the previous event of
 * its stream, and each stream records its head revision and hash. `verify` recomputes the chains.
 * It detects edits made behind the store's back (by SQL, a restored backup), as long as the
 * attacker did not also rewrite every later hash and the recorded heads.
 */
export interface ChainVerifier {
  /** Verifies one stream, or every stream when `streamId` is omitted. */
  verify(streamId?: string): Promise<VerifyReport>;
}

export interface VerifyReport {
  ok: boolean;
  streamsChecked: number;
  eventsChecked: number;
  /** The first break of each broken stream, in stream id order. */
  failures: VerifyFailure[];
}

export type ChainBreak =
  /** The event's content does not match its hash (data, type, metadata, time... changed). */
  | 'altered'
  /** A revision is absent: the chain jumps over it. */
  | 'missing'
  /** Revisions do not follow the order in which the events were appended. */
  | 'reordered'
  /** The stream's recorded head revision is past its last stored event. */
  | 'truncated'
  /** The recorded head (revision and hash) disagrees with the last stored event, or is absent. */
  | 'head-mismatch';

export interface VerifyFailure {
  streamId: string;
  reason: ChainBreak;
  /** The revision at which the chain breaks: the first revision whose event is not as hashed. */
  revision: number;
  /** The stored event found at that point of the chain, when there is one. */
  position?: Position;
}
