import { testDatabases } from '@planledger/testing';
import { chainVerifierContract, eventStoreContract, snapshotStoreContract } from '../contract/event-store-contract';
import { openChainVerifierSubject, openEventStoreSubject, openSnapshotSubject } from './testing/postgres-subjects';

// Opening databases and waiting for subscriptions outlast jest's default 5 s on a busy machine.
jest.setTimeout(60_000);

// PGlite always; PostgreSQL too when DATABASE_URL is set. Which parts are real: everything —
// the store, its SQL and the database; nothing is mocked.
for (const target of testDatabases()) {
  eventStoreContract(target.name, () => openEventStoreSubject(target), { concurrentTransactions: target.name === 'postgres' });
  snapshotStoreContract(target.name, () => openSnapshotSubject(target));
  chainVerifierContract(target.name, () => openChainVerifierSubject(target));
}
