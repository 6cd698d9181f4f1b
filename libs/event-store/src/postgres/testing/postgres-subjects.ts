import { Client, PoolClient } from 'pg';
import type { TestDatabaseTarget } from '@planledger/testing';
import { ChainVerifierSubject, EventStoreSubject, HeldTransaction, SnapshotSubject, StoreSettings } from '../../contract/subject';
import { NewEvent } from '../../port/event-store';
import { eventsJson, prepareAppend } from '../../validation/append-input';
import { Database, openDatabase } from '../database';
import { PostgresEventStore } from '../postgres-event-store';
import { createScratchDatabase } from './scratch-database';
import { SqlTampering } from './sql-tampering';

/** Subscriptions in tests poll often, so tests that rely on polling stay quick. */
const TEST_POLL_INTERVAL_MS = 100;

/** The PostgreSQL/PGlite adapter as the contract suite sees it; closes everything it opened. */
export async function openEventStoreSubject(target: TestDatabaseTarget): Promise<EventStoreSubject> {
  const resources = new Resources();
  const db = resources.add(await target.open());
  const store = resources.add(await PostgresEventStore.open(db, { pollIntervalMs: TEST_POLL_INTERVAL_MS }));
  return {
    store,
    concurrentTransactions: db.kind === 'postgres',
    openStore: async (settings?: StoreSettings) => resources.add(new PostgresEventStore(db, storeOptions(settings))),
    openPeer: async (settings?: StoreSettings) => {
      // On PostgreSQL a second pool, as another process would have; PGlite has one connection.
      const peerDb = db.kind === 'postgres' ? resources.add(await target.open()) : db;
      return resources.add(new PostgresEventStore(peerDb, storeOptions(settings)));
    },
    holdUncommittedAppend: (streamId, events) => holdUncommittedAppend(db, streamId, events),
    queuedQueries: () => db.pool.waitingCount,
    close: () => resources.closeAll(),
  };
}

export async function openSnapshotSubject(target: TestDatabaseTarget): Promise<SnapshotSubject> {
  const db = await target.open();
  const store = await PostgresEventStore.open(db);
  return { store, close: () => store.close().then(() => db.close()) };
}

export async function openChainVerifierSubject(target: TestDatabaseTarget): Promise<ChainVerifierSubject> {
  const db = await target.open();
  const store = await PostgresEventStore.open(db);
  return {
    store,
    tamper: new SqlTampering(db.pool),
    openEmptyStore: () => openEmptyStore(db),
    close: () => store.close().then(() => db.close()),
  };
}

async function openEmptyStore(db: Database): Promise<{ store: PostgresEventStore; close(): Promise<void> }> {
  const scratch = db.kind === 'postgres' && db.url ? await createScratchDatabase(db.url) : undefined;
  const emptyDb = await openDatabase(scratch ? { url: scratch.url } : { dataDir: 'memory://' });
  const store = await PostgresEventStore.open(emptyDb);
  return {
    store,
    close: async () => {
      await store.close();
      await emptyDb.close();
      await scratch?.drop();
    },
  };
}

/**
 * BEGIN, append, and wait. On PostgreSQL on a connection of its own; on PGlite on the pool's only
 * connection, which every other query then queues behind.
 */
async function holdUncommittedAppend(db: Database, streamId: string, events: NewEvent[]): Promise<HeldTransaction> {
  const json = eventsJson(prepareAppend(streamId, 'any', events));
  let client: Client | PoolClient;
  let finish: () => Promise<void>;
  if (db.kind === 'postgres' && db.url) {
    const own = new Client({ connectionString: db.url });
    await own.connect();
    client = own;
    finish = () => own.end();
  } else {
    const pooled = await db.pool.connect();
    client = pooled;
    finish = async () => pooled.release();
  }
  await client.query('BEGIN');
  const { rows } = await client.query('SELECT result_error FROM event_store.append($1, $2, $3::jsonb, false)', [streamId, 'any', json]);
  if (rows[0].result_error !== null) throw new Error(`held append refused: ${rows[0].result_error}`);
  const end = async (command: 'COMMIT' | 'ROLLBACK') => {
    try {
      await client.query(command);
    } finally {
      await finish();
    }
  };
  return { commit: () => end('COMMIT'), rollback: () => end('ROLLBACK') };
}

function storeOptions(settings: StoreSettings = {}): { pollIntervalMs: number } {
  return { pollIntervalMs: settings.pollIntervalMs ?? TEST_POLL_INTERVAL_MS };
}

/** Closes stores before the databases under them, newest first. */
class Resources {
  private readonly opened: Array<{ close(): Promise<void> }> = [];

  add<T extends { close(): Promise<void> }>(resource: T): T {
    this.opened.push(resource);
    return resource;
  }

  async closeAll(): Promise<void> {
    for (const resource of this.opened.reverse()) await resource.close();
  }
}
