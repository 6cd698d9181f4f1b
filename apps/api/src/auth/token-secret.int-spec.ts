import type { Database } from '@planledger/event-store';
import { testDatabases } from '@planledger/testing';
import { resolveTokenSecret, storedTokenSecret } from './token-secret';

describe.each(testDatabases())('the token signing key ($name)', (target) => {
  let database: Database;

  beforeAll(async () => {
    database = await target.open();
  });
  afterAll(async () => {
    await database.close();
  });

  it('is generated once and then read back, also by starts racing each other', async () => {
    const racing = await Promise.all([storedTokenSecret(database), storedTokenSecret(database), storedTokenSecret(database)]);
    expect(new Set(racing).size).toBe(1);
    expect(racing[0].length).toBeGreaterThanOrEqual(64);
    expect(await storedTokenSecret(database)).toBe(racing[0]);
    expect(await resolveTokenSecret({}, database)).toEqual({ secret: racing[0], source: 'database' });
  });

  it('comes from JWT_SECRET when it is set', async () => {
    const secret = 'a-secret-from-the-environment-0123456789';
    expect(await resolveTokenSecret({ JWT_SECRET: secret }, database)).toEqual({ secret, source: 'JWT_SECRET' });
  });
});
