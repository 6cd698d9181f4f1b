import { operatorPrincipal, userStreamId, type UserPrincipal } from '@planledger/domain';
import { PostgresEventStore, type Database } from '@planledger/event-store';
import { testDatabases, uniqueId } from '@planledger/testing';
import { PasswordHasher } from './password-hasher';
import { UserDirectory } from './user-directory';

/** Real: the event store on PGlite / PostgreSQL, scrypt, the command runner. Nothing is faked. */
describe.each(testDatabases())('UserDirectory on the event store ($name)', (target) => {
  let database: Database;
  let store: PostgresEventStore;
  let users: UserDirectory;
  const admin = operatorPrincipal('test');
  const password = 'correct horse battery';

  beforeAll(async () => {
    database = await target.open();
    store = await PostgresEventStore.open(database);
    users = new UserDirectory(store, new PasswordHasher());
  });
  afterAll(async () => {
    await store.close();
    await database.close();
  });

  const username = () => uniqueId('user').toLowerCase();
  const streamOf = (name: string) => store.readStream(userStreamId(name));
  const principalOf = (userId: string, grants: UserPrincipal['grants'], departmentId: string | null = null): UserPrincipal => ({
    kind: 'user',
    userId,
    username: 'someone',
    departmentId,
    grants,
  });

  async function codeOf(promise: Promise<unknown>): Promise<string> {
    const error = await promise.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    return (error as { code: string }).code;
  }

  it('registers a user with roles as events that name who did it, without the password in the log', async () => {
    const name = username();
    const user = await users.register(
      admin,
      { username: name, displayName: '李娜', departmentId: '区市场监管局', password, grants: [{ role: 'departmentReviewer', planId: '*' }] },
      uniqueId('c'),
    );
    expect(user).toEqual({
      userId: expect.stringMatching(/^u-/),
      username: name,
      displayName: '李娜',
      departmentId: '区市场监管局',
      grants: [{ role: 'departmentReviewer', planId: '*' }],
    });
    const events = await streamOf(name);
    expect(events.map((e) => e.type)).toEqual(['UserRegistered', 'RoleGranted']);
    expect(events[1].data).toMatchObject({ userId: user.userId, role: 'departmentReviewer', planId: '*', actor: 'system:test' });
    expect(JSON.stringify(events.map((e) => e.data))).not.toContain(password);
    expect((await users.find(name))?.passwordHash).toMatch(/^scrypt\$/);
  });

  it('refuses a taken username with ALREADY_EXISTS and leaves the stream as it was', async () => {
    const name = username();
    await users.register(admin, { username: name, displayName: '李娜', password }, uniqueId('c'));
    const before = await streamOf(name);
    expect(await codeOf(users.register(admin, { username: name, displayName: '另一个李娜', password }, uniqueId('c')))).toBe('ALREADY_EXISTS');
    expect(await streamOf(name)).toEqual(before);
  });

  it('lets exactly one of two concurrent registrations of a username win', async () => {
    const name = username();
    const results = await Promise.allSettled([
      users.register(admin, { username: name, displayName: '甲', password }, uniqueId('c')),
      users.register(admin, { username: name, displayName: '乙', password }, uniqueId('c')),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected?.reason).toMatchObject({ code: 'ALREADY_EXISTS' });
    expect(await streamOf(name)).toHaveLength(1);
  });

  it('writes nothing when a retried registration comes with the same command id', async () => {
    const name = username();
    const commandId = uniqueId('c');
    const first = await users.register(admin, { username: name, displayName: '李娜', password }, commandId);
    const again = await users.register(admin, { username: name, displayName: '李娜', password }, commandId);
    expect(again).toEqual(first);
    expect(await streamOf(name)).toHaveLength(1);
  });

  it.each([
    ['a drafter registering a user', () => principalOf('u-drafter', [{ role: 'drafter', planId: '*' }]), 'FORBIDDEN'],
    ['a plan admin registering a user', () => principalOf('u-plan-admin', [{ role: 'admin', planId: 'plan-52' }]), 'FORBIDDEN'],
    ['an anonymous request', () => ({ kind: 'anonymous' as const }), 'UNAUTHENTICATED'],
  ])('refuses %s and writes nothing', async (_, by, code) => {
    const name = username();
    expect(await codeOf(users.register(by(), { username: name, displayName: '李娜', password }, uniqueId('c')))).toBe(code);
    expect(await streamOf(name)).toEqual([]);
  });

  it.each([
    ['a short password', { password: 'short' }, 'BAD_USER_INPUT'],
    ['a reviewer without a department', { grants: [{ role: 'departmentReviewer' as const, planId: '*' }] }, 'BAD_USER_INPUT'],
    ['an unknown role', { grants: [{ role: 'owner' as 'admin', planId: '*' }] }, 'BAD_USER_INPUT'],
  ])('refuses %s and writes nothing', async (_, overrides, code) => {
    const name = username();
    expect(await codeOf(users.register(admin, { username: name, displayName: '李娜', password, ...overrides }, uniqueId('c')))).toBe(code);
    expect(await streamOf(name)).toEqual([]);
  });

  it('refuses a malformed username before touching any stream', async () => {
    expect(await codeOf(users.register(admin, { username: 'Li Na', displayName: '李娜', password }, uniqueId('c')))).toBe('BAD_USER_INPUT');
    expect(await users.find('Li Na')).toBeUndefined();
    expect(await users.find(`a${'b'.repeat(300)}`)).toBeUndefined();
  });

  it('grants and revokes roles; an admin of one plan manages only that plan, a drafter nothing', async () => {
    const name = username();
    await users.register(admin, { username: name, displayName: '王芳', password }, uniqueId('c'));
    const planAdmin = principalOf('u-plan-admin', [{ role: 'admin', planId: 'plan-52' }]);
    const drafter = principalOf('u-drafter', [{ role: 'drafter', planId: '*' }]);

    const granted = await users.grant(planAdmin, { username: name, role: 'drafter', planId: 'plan-52' }, uniqueId('c'));
    expect(granted.grants).toEqual([{ role: 'drafter', planId: 'plan-52' }]);

    const before = await streamOf(name);
    expect(await codeOf(users.grant(planAdmin, { username: name, role: 'drafter', planId: '*' }, uniqueId('c')))).toBe('FORBIDDEN');
    expect(await codeOf(users.grant(drafter, { username: name, role: 'auditor', planId: 'plan-52' }, uniqueId('c')))).toBe('FORBIDDEN');
    expect(await codeOf(users.revoke(admin, { username: name, role: 'auditor', planId: '*' }, uniqueId('c')))).toBe('NOT_FOUND');
    expect(await streamOf(name)).toEqual(before);

    const revoked = await users.revoke(admin, { username: name, role: 'drafter', planId: 'plan-52', reason: '调岗' }, uniqueId('c'));
    expect(revoked.grants).toEqual([]);
    const events = await streamOf(name);
    expect(events.map((e) => e.type)).toEqual(['UserRegistered', 'RoleGranted', 'RoleRevoked']);
    expect(events[1].data).toMatchObject({ actor: 'u-plan-admin' });
    expect(events[2].data).toMatchObject({ actor: 'system:test', reason: '调岗' });
  });

  it('refuses to grant to a user that does not exist, writing nothing', async () => {
    const name = username();
    expect(await codeOf(users.grant(admin, { username: name, role: 'auditor', planId: '*' }, uniqueId('c')))).toBe('NOT_FOUND');
    expect(await streamOf(name)).toEqual([]);
  });

  it('lets users change their own password only with the current one; admins reset any', async () => {
    const name = username();
    const { userId } = await users.register(admin, { username: name, displayName: '赵磊', password }, uniqueId('c'));
    const self = principalOf(userId, []);
    const stranger = principalOf('u-stranger', [{ role: 'drafter', planId: '*' }]);
    const before = await streamOf(name);

    const change = (by: UserPrincipal, currentPassword?: string) =>
      users.changePassword(by, { username: name, newPassword: 'a brand new passphrase', currentPassword }, uniqueId('c'));
    expect(await codeOf(change(self, 'not the password'))).toBe('UNAUTHENTICATED');
    expect(await codeOf(change(stranger, password))).toBe('FORBIDDEN');
    expect(await streamOf(name)).toEqual(before);

    await change(self, password);
    await users.changePassword(admin, { username: name, newPassword: 'reset by the admin' }, uniqueId('c'));
    expect((await streamOf(name)).map((e) => e.type)).toEqual(['UserRegistered', 'PasswordChanged', 'PasswordChanged']);
    const account = await users.find(name);
    await expect(new PasswordHasher().verify('reset by the admin', account?.passwordHash ?? '')).resolves.toBe(true);
  });
});
