import { randomUUID } from 'node:crypto';
import { eventually, testDatabases } from '@planledger/testing';
import { StoredEvent } from '../port/event-store';
import { Database, openDatabase } from './database';
import { LISTENER_APPLICATION_NAME } from './notification-listener';
import { PostgresEventStore } from './postgres-event-store';
import { createScratchDatabase, ScratchDatabase } from './testing/scratch-database';

jest.setTimeout(60_000);

const ONE_MINUTE = 60_000;
const event = () => ({ id: randomUUID(), type: 'Listened', data: {} });

// How subscriptions learn about appends made elsewhere. Polling is set to a minute throughout,
// so a delivery within the test's wait can only come from a wake-up.
for (const target of testDatabases()) {
  describe(`wake-ups on ${target.name}`, () => {
    let scratch: ScratchDatabase | undefined;
    const opened: Array<{ close(): Promise<void> }> = [];
    async function open(): Promise<Database> {
      if (target.name === 'postgres') scratch ??= await createScratchDatabase(process.env.DATABASE_URL as string);
      const db = await openDatabase(scratch ? { url: scratch.url, poolSize: 4 } : { dataDir: 'memory://' });
      opened.push(db);
      return db;
    }
    afterAll(async () => {
      for (const resource of opened.reverse()) await resource.close();
      await scratch?.drop();
    });

    if (target.name === 'postgres') {
      it('come back after the listening connection is killed', async () => {
        const db = await open();
        const subscriber = await PostgresEventStore.open(db, { pollIntervalMs: ONE_MINUTE });
        const writer = new PostgresEventStore(await open());
        opened.push(subscriber, writer);
        const streamId = `listen-${randomUUID()}`;
        const received: StoredEvent[] = [];
        let caughtUp = 0;
        subscriber.subscribe({
          onEvents: async (batch) => void received.push(...batch.filter((e) => e.streamId === streamId)),
          onCaughtUp: () => void caughtUp++,
        });
        await eventually(() => (caughtUp > 0 ? true : undefined));
        await writer.append(streamId, 'no-stream', [event()]);
        await eventually(() => (received.length === 1 ? true : undefined), 30_000);

        const { rows } = await db.pool.query(
          'SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1',
          [LISTENER_APPLICATION_NAME],
        );
        expect(rows.map((row) => row.killed)).toEqual([true]);
        await writer.append(streamId, 0, [event()]);
        await eventually(() => (received.length === 2 ? true : undefined), 30_000);
        const listeners = await db.pool.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1', [
          LISTENER_APPLICATION_NAME,
        ]);
        expect(listeners.rows[0].n).toBe(1);
      });
    } else {
      it('come in-process on PGlite, without a second connection', async () => {
        const db = await open();
        const subscriber = await PostgresEventStore.open(db, { pollIntervalMs: ONE_MINUTE });
        const writer = new PostgresEventStore(db);
        opened.push(subscriber, writer);
        const streamId = `listen-${randomUUID()}`;
        const received: StoredEvent[] = [];
        let caughtUp = 0;
        subscriber.subscribe({
          onEvents: async (batch) => void received.push(...batch.filter((e) => e.streamId === streamId)),
          onCaughtUp: () => void caughtUp++,
        });
        await eventually(() => (caughtUp > 0 ? true : undefined));
        await writer.append(streamId, 'no-stream', [event()]);
        await eventually(() => (received.length === 1 ? true : undefined), 30_000);
        expect(db.pool.totalCount).toBe(1);
      });
    }
  });
}
