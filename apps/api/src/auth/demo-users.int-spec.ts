import { userStreamId } from '@planledger/domain';
import { PostgresEventStore, type Database } from '@planledger/event-store';
import { testDatabases } from '@planledger/testing';
import { DEMO_USERS, seedDemoUsers } from './demo-users';
import { LoginService } from './login.service';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token-service';
import { UserDirectory } from './user-directory';

/**
 * The demo usernames are fixed, so on a shared PostgreSQL they may exist from an earlier run:
 * the assertions hold whether this run created them or found them.
 */
describe.each(testDatabases())('demo users ($name)', (target) => {
  let database: Database;
  let store: PostgresEventStore;
  let users: UserDirectory;

  beforeAll(async () => {
    database = await target.open();
    store = await PostgresEventStore.open(database);
    users = new UserDirectory(store, new PasswordHasher());
  });
  afterAll(async () => {
    await store.close();
    await database.close();
  });

  const departments = [{ id: '区经济信息委' }, { id: '区市场监管局' }];

  it('creates one user per role, once, and says how to log in as each', async () => {
    const [first, second] = await Promise.all([seedDemoUsers(users, departments), seedDemoUsers(users, departments)]);
    const third = await seedDemoUsers(users, departments);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    for (const demo of DEMO_USERS) {
      expect((await store.readStream(userStreamId(demo.username))).map((e) => e.type)).toEqual(['UserRegistered', 'RoleGranted']);
      expect(first.some((line) => line.includes(demo.username) && line.includes(demo.password))).toBe(true);
    }
    expect(await users.find('reviewer')).toMatchObject({
      departmentId: '区市场监管局',
      grants: [{ role: 'departmentReviewer', planId: '*' }],
    });
    expect((await users.find('admin'))?.grants).toEqual([{ role: 'admin', planId: '*' }]);
  });

  it('lets each demo user log in with the documented password', async () => {
    await seedDemoUsers(users, departments);
    const passwords = new PasswordHasher();
    const login = new LoginService(users, passwords, new TokenService('a-test-secret-of-forty-characters-xxxxxx'));
    for (const demo of DEMO_USERS) {
      const { user } = await login.login(demo.username, demo.password);
      expect(user.grants).toEqual([{ role: demo.role, planId: '*' }]);
    }
  });
});
