import { describeAppends } from './append.contract';
import { ConcurrencyCapabilities, describeConcurrency } from './concurrency.contract';
import { describeIdempotency } from './idempotency.contract';
import { describeInvalidInput } from './invalid-input.contract';
import { describeMultiStreamAppends } from './multi-stream.contract';
import { describeReads } from './reads.contract';
import { describeSnapshots } from './snapshots.contract';
import { describeStreamRevisionAt } from './stream-revision-at.contract';
import { ChainVerifierSubject, EventStoreSubject, SnapshotSubject, sharedSubject } from './subject';
import { describeSubscriptions } from './subscriptions.contract';
import { describeChainVerification } from './verify.contract';

/**
 * The behaviour every EventStore adapter must show, run by each adapter's integration spec
 * against a real database. Tests use random stream ids, so a shared database is fine.
 */
export function eventStoreContract(name: string, open: () => Promise<EventStoreSubject>, capabilities: ConcurrencyCapabilities): void {
  describe(`EventStore contract on ${name}`, () => {
    const subject = sharedSubject(open);
    describeAppends(subject);
    describeIdempotency(subject);
    describeMultiStreamAppends(subject);
    describeReads(subject);
    describeStreamRevisionAt(subject);
    describeInvalidInput(subject);
    describeSubscriptions(subject);
    describeConcurrency(subject, capabilities);
  });
}

/** For adapters that also store snapshots. */
export function snapshotStoreContract(name: string, open: () => Promise<SnapshotSubject>): void {
  describe(`SnapshotStore contract on ${name}`, () => {
    describeSnapshots(sharedSubject(open));
  });
}

/** For adapters that chain events by hash; `tamper` edits the database behind the store's back. */
export function chainVerifierContract(name: string, open: () => Promise<ChainVerifierSubject>): void {
  describe(`ChainVerifier contract on ${name}`, () => {
    describeChainVerification(sharedSubject(open));
  });
}
