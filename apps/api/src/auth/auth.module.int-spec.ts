import 'reflect-metadata';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { Test, type TestingModule } from '@nestjs/testing';
import { operatorPrincipal, type Principal } from '@planledger/domain';
import { testDatabases, uniqueId } from '@planledger/testing';
import { loadConfig } from '../config';
import { DatabaseModule } from '../database/database.module';
import { EventLogModule } from '../event-log/event-log.module';
import { AuthModule } from './auth.module';
import { rememberedPrincipal, type GraphqlAuthContext } from './graphql-auth-context';
import { LoginService } from './login.service';
import { PrincipalGuard } from './principal.guard';
import { UserDirectory } from './user-directory';

/** The Nest wiring, real end to end: database, event log, key from the database, guard. */
describe.each(testDatabases())('AuthModule ($name)', (target) => {
  let moduleRef: TestingModule;

  beforeAll(async () => {
    const url = target.name === 'postgres' ? process.env.DATABASE_URL : undefined;
    const config = loadConfig({ DATA_DIR: 'memory://', DATABASE_URL: url, SEED: 'false' });
    moduleRef = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot(config), EventLogModule, AuthModule.forRoot({})],
    }).compile();
  });
  afterAll(async () => {
    await moduleRef.close();
  });

  /** What Nest hands a guard for one GraphQL resolver call: [root, args, context, info]. */
  function graphqlCall(context: GraphqlAuthContext): ExecutionContextHost {
    const host = new ExecutionContextHost([{}, {}, context, {}]);
    host.setType('graphql');
    return host;
  }

  async function principalAfterGuard(context: GraphqlAuthContext): Promise<Principal | undefined> {
    await expect(moduleRef.get(PrincipalGuard).canActivate(graphqlCall(context))).resolves.toBe(true);
    return rememberedPrincipal(context);
  }

  it('resolves the principal of a bearer token over HTTP and over graphql-ws, and anonymous without one', async () => {
    const username = uniqueId('wang').toLowerCase();
    const password = 'correct horse battery';
    await moduleRef.get(UserDirectory).register(
      operatorPrincipal('test'),
      { username, displayName: '王芳', password, grants: [{ role: 'auditor', planId: '*' }] },
      uniqueId('c'),
    );
    const { token, user } = await moduleRef.get(LoginService).login(username, password);

    const overHttp = await principalAfterGuard({ req: { headers: { authorization: `Bearer ${token}` } } });
    expect(overHttp).toMatchObject({ kind: 'user', userId: user.userId, grants: [{ role: 'auditor', planId: '*' }] });
    const overWebSocket = await principalAfterGuard({ connectionParams: { authorization: `Bearer ${token}` } });
    expect(overWebSocket).toEqual(overHttp);
    expect(await principalAfterGuard({ req: { headers: {} } })).toEqual({ kind: 'anonymous' });
  });

  it('fails the operation with UNAUTHENTICATED for a token that is not valid', async () => {
    const refusal = moduleRef.get(PrincipalGuard).canActivate(graphqlCall({ req: { headers: { authorization: 'Bearer x.y.z' } } }));
    await expect(refusal).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('lets non-GraphQL requests through untouched', async () => {
    const http = new ExecutionContextHost([{ headers: { authorization: 'Bearer x.y.z' } }, {}, () => undefined]);
    await expect(moduleRef.get(PrincipalGuard).canActivate(http)).resolves.toBe(true);
  });
});
