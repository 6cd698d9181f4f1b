import { authorize, operatorPrincipal, userStreamId } from '@planledger/domain';
import { PostgresEventStore, type Database } from '@planledger/event-store';
import { testDatabases, uniqueId } from '@planledger/testing';
import { LoginService } from './login.service';
import { PasswordHasher } from './password-hasher';
import { PrincipalResolver } from './principal-resolver';
import { TokenService } from './token-service';
import { UserDirectory } from './user-directory';

/** Real: event store, scrypt, JWTs. The clocks are the test's, so expiry and order are exact. */
describe.each(testDatabases())('login and principals ($name)', (target) => {
  let database: Database;
  let store: PostgresEventStore;
  let now: Date;
  let users: UserDirectory;
  let login: LoginService;
  let principals: PrincipalResolver;
  const clock = () => now;
  const admin = operatorPrincipal('test');
  const password = 'correct horse battery';

  beforeAll(async () => {
    database = await target.open();
    store = await PostgresEventStore.open(database);
    const passwords = new PasswordHasher();
    const tokens = new TokenService('a-test-secret-of-forty-characters-xxxxxx', clock);
    users = new UserDirectory(store, passwords, clock);
    login = new LoginService(users, passwords, tokens);
    principals = new PrincipalResolver(tokens, users);
  });
  beforeEach(() => {
    now = new Date('2026-11-21T01:00:00.000Z');
  });
  afterAll(async () => {
    await store.close();
    await database.close();
  });

  const later = (seconds: number) => {
    now = new Date(now.getTime() + seconds * 1000);
  };

  async function refusalOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
    const error = await promise.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }

  async function reviewer(): Promise<{ username: string; userId: string }> {
    const username = uniqueId('li').toLowerCase();
    const user = await users.register(
      admin,
      { username, displayName: '李娜', departmentId: '区市场监管局', password, grants: [{ role: 'departmentReviewer', planId: '*' }] },
      uniqueId('c'),
    );
    return { username, userId: user.userId };
  }

  it('logs in with username and password, and the token stands for the user and their roles', async () => {
    const { username, userId } = await reviewer();
    const result = await login.login(username, password);
    expect(result.user).toEqual({
      userId,
      username,
      displayName: '李娜',
      departmentId: '区市场监管局',
      grants: [{ role: 'departmentReviewer', planId: '*' }],
    });
    expect(result.expiresAt).toBe('2026-11-21T13:00:00.000Z');
    const principal = await principals.fromAuthorization(`Bearer ${result.token}`);
    expect(principal).toEqual({ kind: 'user', userId, username, departmentId: '区市场监管局', grants: [{ role: 'departmentReviewer', planId: '*' }] });
    expect(() => authorize(principal, 'SubmitComment', { planId: 'plan-52', departmentId: '区市场监管局' })).not.toThrow();
  });

  it('answers a wrong password and an unknown user with the same code and message, writing nothing', async () => {
    const { username } = await reviewer();
    const before = await store.readStream(userStreamId(username));
    const wrongPassword = await refusalOf(login.login(username, 'not the password at all'));
    const unknownUser = await refusalOf(login.login(uniqueId('nobody').toLowerCase(), password));
    const malformedUser = await refusalOf(login.login('Robert"); DROP TABLE', password));
    expect(wrongPassword).toEqual({ code: 'UNAUTHENTICATED', message: expect.any(String) });
    expect(unknownUser).toEqual(wrongPassword);
    expect(malformedUser).toEqual(wrongPassword);
    expect(await store.readStream(userStreamId(username))).toEqual(before);
  });

  it('spends the same scrypt work on an unknown user as on a wrong password', async () => {
    const { username } = await reviewer();
    await refusalOf(login.login(uniqueId('warm').toLowerCase(), password));
    const timed = async (name: string) => {
      const started = process.hrtime.bigint();
      await refusalOf(login.login(name, 'not the password at all'));
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const known = Math.min(await timed(username), await timed(username), await timed(username));
    const unknown = Math.min(...[await timed(uniqueId('x')), await timed(uniqueId('y')), await timed(uniqueId('z'))]);
    // Both are dominated by one scrypt derivation (tens of ms); without the decoy, unknown would be ~1 ms.
    expect(unknown).toBeGreaterThan(known * 0.5);
  });

  it('treats a missing Authorization as anonymous and a bad one as UNAUTHENTICATED', async () => {
    expect(await principals.fromAuthorization(undefined)).toEqual({ kind: 'anonymous' });
    expect(await principals.fromAuthorization('')).toEqual({ kind: 'anonymous' });
    for (const bad of ['Bearer', 'Basic bGk6cGFzcw==', 'Bearer not-a-jwt', 'Bearer a.b.c']) {
      expect((await refusalOf(principals.fromAuthorization(bad))).code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a token once it has expired', async () => {
    const { username } = await reviewer();
    const { token } = await login.login(username, password);
    later(12 * 60 * 60 - 1);
    expect((await principals.fromAuthorization(`Bearer ${token}`)).kind).toBe('user');
    later(1);
    expect((await refusalOf(principals.fromAuthorization(`Bearer ${token}`))).code).toBe('UNAUTHENTICATED');
  });

  it('applies a revoked role at once, without waiting for the token to expire', async () => {
    const { username } = await reviewer();
    const { token } = await login.login(username, password);
    await users.revoke(admin, { username, role: 'departmentReviewer', planId: '*' }, uniqueId('c'));
    const principal = await principals.fromAuthorization(`Bearer ${token}`);
    expect(principal).toMatchObject({ kind: 'user', grants: [] });
    expect(() => authorize(principal, 'SubmitComment', { planId: 'plan-52', departmentId: '区市场监管局' })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('ends the sessions opened before a password change; a new login works with the new password', async () => {
    const { username } = await reviewer();
    const { token } = await login.login(username, password);
    later(60);
    await users.changePassword(admin, { username, newPassword: 'a brand new passphrase' }, uniqueId('c'));
    later(1);
    expect((await refusalOf(principals.fromAuthorization(`Bearer ${token}`))).code).toBe('UNAUTHENTICATED');
    expect((await refusalOf(login.login(username, password))).code).toBe('UNAUTHENTICATED');
    const fresh = await login.login(username, 'a brand new passphrase');
    expect((await principals.fromAuthorization(`Bearer ${fresh.token}`)).kind).toBe('user');
  });
});
