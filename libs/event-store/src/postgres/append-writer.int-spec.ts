import { randomUUID } from 'node:crypto';
import { testDatabases, uniqueId } from '@planledger/testing';
import { AppendResult, NewEvent } from '../port/event-store';
import { Database } from './database';
import { PostgresEventStore } from './postgres-event-store';

jest.setTimeout(60_000);

const event = (n = 0): NewEvent => ({ id: randomUUID(), type: 'GroupTested', data: { n } });

/** The appends that succeeded share one transaction: they really travelled as one group. */
function expectOneTransaction(outcomes: Array<AppendResult | string>): void {
  const transactions = outcomes.filter((o): o is AppendResult => typeof o !== 'string').map((o) => o.position.major);
  expect(new Set(transactions).size).toBe(1);
}

/** Settles every promise, keeping results and error codes in order. */
async function settleAll<T>(promises: Array<Promise<T>>): Promise<Array<T | string>> {
  return Promise.all(promises.map((p) => p.catch((error: { code?: string }) => error.code ?? 'untyped')));
}

// One append call in flight at a time, so appends made together travel as a group.
for (const target of testDatabases()) {
  describe(`grouped appends on ${target.name}`, () => {
    let db: Database;
    let store: PostgresEventStore;
    beforeAll(async () => {
      db = await target.open();
      store = await PostgresEventStore.open(db, { maxConcurrentAppendCalls: 1 });
    });
    afterAll(async () => {
      await store.close();
      await db.close();
    });

    it('refuse one append of a group and commit the others', async () => {
      const streamId = uniqueId('group');
      await store.append(streamId, 'no-stream', [event()]);
      const others = [uniqueId('group'), uniqueId('group')];

      const outcomes = await settleAll([
        store.append(uniqueId('group'), 'no-stream', [event()]),
        store.append(streamId, 0, [event(1)]),
        store.append(streamId, 0, [event(2)]),
        store.append(others[0], 'no-stream', [event(), event()]),
        store.append(others[1], 'stream-exists', [event()]),
      ]);

      expect(outcomes.slice(1).map((o) => (typeof o === 'string' ? o : o.streamRevision))).toEqual([1, 'WRONG_EXPECTED_REVISION', 1, 'WRONG_EXPECTED_REVISION']);
      expect((await store.readStream(streamId)).map((e) => e.data)).toEqual([{ n: 0 }, { n: 1 }]);
      expectOneTransaction(outcomes.slice(1));
      expect(await store.readStream(others[1])).toEqual([]);
    });

    it('falls back to one call per append when a group fails, and settles each on its own', async () => {
      const shared = event();
      const a = uniqueId('group');
      const b = uniqueId('group');
      const c = uniqueId('group');

      const outcomes = await settleAll([
        store.append(uniqueId('group'), 'no-stream', [event()]),
        store.append(a, 'no-stream', [shared]),
        store.append(b, 'no-stream', [event(), shared]),
        store.append(c, 'no-stream', [event()]),
      ]);

      expect(outcomes.slice(1).map((o) => (typeof o === 'string' ? o : o.streamRevision))).toEqual([0, 'EVENT_ID_CONFLICT', 0]);
      expect(await store.readStream(b)).toEqual([]);
      expect(await store.streamRevision(c)).toBe(0);
    });

    // Distinct streams travel as one set-based statement; a stream twice makes the group go
    // through the append function once per append. Both must settle alike.
    it.each([
      ['one set-based statement', false],
      ['the append function per append', true],
    ])('settle every kind of expectation in a group, through %s', async (_, repeatAStream) => {
      const [exact, stale, existing, exists, missing, anyNew, anyOld, replayed] = Array.from({ length: 8 }, () => uniqueId('group'));
      for (const streamId of [exact, stale, existing, exists, anyOld]) await store.append(streamId, 'no-stream', [event()]);
      const stored = [event()];
      const original = await store.append(replayed, 'no-stream', stored);

      const outcomes = await settleAll([
        store.append(uniqueId('group'), 'no-stream', [event()]),
        store.append(exact, 0, [event()]),
        store.append(stale, 5, [event()]),
        store.append(uniqueId('group'), 'no-stream', [event()]),
        store.append(existing, 'no-stream', [event()]),
        store.append(exists, 'stream-exists', [event()]),
        store.append(missing, 'stream-exists', [event()]),
        store.append(anyNew, 'any', [event()]),
        store.append(anyOld, 'any', [event()]),
        store.append(replayed, 'no-stream', stored),
        ...(repeatAStream ? [store.append(exact, 1, [event()])] : []),
      ]);

      expect(outcomes.slice(1, 10).map((o) => (typeof o === 'string' ? o : o.streamRevision))).toEqual([
        1,
        'WRONG_EXPECTED_REVISION',
        0,
        'WRONG_EXPECTED_REVISION',
        1,
        'WRONG_EXPECTED_REVISION',
        0,
        1,
        0,
      ]);
      expect(outcomes[9]).toEqual({ ...original, replayed: true });
      if (repeatAStream) expect(outcomes[10]).toMatchObject({ streamRevision: 2 });
      expectOneTransaction(outcomes.slice(1, 9).concat(outcomes.slice(10)));
      expect(await store.readStream(stale)).toHaveLength(1);
      expect(await store.readStream(missing)).toEqual([]);
      for (const streamId of [exact, existing, exists, anyNew, anyOld]) expect((await store.verify(streamId)).ok).toBe(true);
    });

    it('keeps the order of appends to one stream made together', async () => {
      const streamId = uniqueId('group');
      const results = await Promise.all(Array.from({ length: 20 }, (_, n) => store.append(streamId, 'any', [event(n)])));
      const stored = await store.readStream(streamId);
      expect(results.map((r) => r.streamRevision)).toEqual(stored.map((e) => e.streamRevision));
      expect(stored.map((e) => (e.data as { n: number }).n)).toEqual(Array.from({ length: 20 }, (_, n) => n));
    });
  });
}

// The default policy: calls leave alone while none is in flight; appends arriving behind a call
// wait for it and leave together, unless it is held up for longer than holdAppendsMs.
for (const target of testDatabases()) {
  describe(`appends held behind a call in flight on ${target.name}`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await target.open();
      await PostgresEventStore.open(db);
    });
    afterAll(async () => {
      await db.close();
    });

    it('leave together when the call in flight returns', async () => {
      const store = new PostgresEventStore(db, { maxConcurrentAppendCalls: 4, holdAppendsMs: 60_000 });
      try {
        const outcomes = await settleAll(Array.from({ length: 5 }, () => store.append(uniqueId('held'), 'no-stream', [event()])));
        expectOneTransaction(outcomes.slice(1));
        expect(outcomes[0]).toMatchObject({ streamRevision: 0 });
      } finally {
        await store.close();
      }
    });

    it('take along the writers whose appends just settled, rather than leave without them', async () => {
      const store = new PostgresEventStore(db, { maxConcurrentAppendCalls: 4, holdAppendsMs: 60_000 });
      try {
        const transactions = new Set<bigint>();
        await Promise.all(
          Array.from({ length: 4 }, async () => {
            const streamId = uniqueId('held');
            for (let n = 0; n < 5; n++) transactions.add((await store.append(streamId, n === 0 ? 'no-stream' : n - 1, [event(n)])).position.major);
          }),
        );
        // The first append alone, then groups of all four writers (the last of three): 6 calls.
        // Leaving without them, groups would alternate between one append and three.
        expect(transactions.size).toBe(6);
      } finally {
        await store.close();
      }
    });

    if (target.name === 'postgres') {
      it('leave beside a call held up for longer than holdAppendsMs', async () => {
        const store = new PostgresEventStore(db, { maxConcurrentAppendCalls: 4, holdAppendsMs: 50 });
        const locked = uniqueId('held');
        await store.append(locked, 'no-stream', [event()]);
        const holder = await db.pool.connect();
        try {
          await holder.query('BEGIN');
          await holder.query('SELECT 1 FROM event_store.streams WHERE stream_id = $1 FOR UPDATE', [locked]);
          const blocked = store.append(locked, 0, [event(1)]);
          let blockedSettled = false;
          void blocked.finally(() => (blockedSettled = true));

          const free = await Promise.all([store.append(uniqueId('held'), 'no-stream', [event()]), store.append(uniqueId('held'), 'no-stream', [event()])]);

          expect(free.map((result) => result.streamRevision)).toEqual([0, 0]);
          expect(blockedSettled).toBe(false);
          await holder.query('COMMIT');
          expect(await blocked).toMatchObject({ streamRevision: 1 });
        } finally {
          holder.release();
          await store.close();
        }
      });
    }
  });
}
