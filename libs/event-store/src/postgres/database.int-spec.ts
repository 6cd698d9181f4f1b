import { Database, openDatabase } from './database';

// Opening databases and waiting for subscriptions outlast jest's default 5 s on a busy machine.
jest.setTimeout(60_000);

// Embedded PGlite behind the pg pool: one session that must survive errors and reconnects.
describe('openDatabase on PGlite', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
  });
  afterAll(async () => {
    await db.close();
  });

  it('keeps serving queries after a statement fails', async () => {
    const divide = (by: number) => db.pool.query({ name: 'divide', text: 'SELECT 10 / $1::int AS q', values: [by] });
    for (let i = 0; i < 3; i++) {
      await expect(divide(0)).rejects.toMatchObject({ code: '22012' });
      expect((await divide(2)).rows).toEqual([{ q: 5 }]);
    }
  });

  it('lets a replacement connection prepare statements the previous one had prepared', async () => {
    const named = () => db.pool.query({ name: 'named-probe', text: 'SELECT $1::int + 1 AS n', values: [1] });
    expect((await named()).rows).toEqual([{ n: 2 }]);
    const client = await db.pool.connect();
    client.release(new Error('drop this connection'));
    expect((await named()).rows).toEqual([{ n: 2 }]);
  });

  it('queues concurrent queries on its single connection instead of failing them', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => db.pool.query('SELECT $1::int AS i', [i])));
    expect(results.map((r) => r.rows[0].i)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});
