import { DynamicModule, Module } from '@nestjs/common';
import type { Database, EventStore, SnapshotStore } from '@planledger/event-store';
import { DATABASE } from '../database/database.module';
import { StreamChanges } from '../commands/stream-changes';
import { EVENT_STORE } from '../event-log/event-log.module';
import { LoginService } from './login.service';
import { PasswordHasher } from './password-hasher';
import { PrincipalGuard } from './principal.guard';
import { PrincipalResolver } from './principal-resolver';
import { resolveTokenSecret, type TokenSecret } from './token-secret';
import { TokenService } from './token-service';
import { UserDirectory } from './user-directory';

export const TOKEN_SECRET = Symbol('TOKEN_SECRET');

/**
 * Users, login and principals. Needs the global DATABASE and EVENT_STORE providers. The services
 * are plain classes (the CLI uses them without Nest); only the guard and decorator know Nest.
 */
@Module({})
export class AuthModule {
  static forRoot(env: NodeJS.ProcessEnv = process.env): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        { provide: TOKEN_SECRET, inject: [DATABASE], useFactory: (database: Database) => resolveTokenSecret(env, database) },
        { provide: PasswordHasher, useFactory: () => new PasswordHasher() },
        {
          provide: UserDirectory,
          inject: [EVENT_STORE, PasswordHasher, StreamChanges],
          useFactory: (store: EventStore & SnapshotStore, passwords: PasswordHasher, changes: StreamChanges) =>
            new UserDirectory(store, passwords, undefined, changes),
        },
        { provide: TokenService, inject: [TOKEN_SECRET], useFactory: ({ secret }: TokenSecret) => new TokenService(secret) },
        {
          provide: LoginService,
          inject: [UserDirectory, PasswordHasher, TokenService],
          useFactory: (users: UserDirectory, passwords: PasswordHasher, tokens: TokenService) =>
            new LoginService(users, passwords, tokens),
        },
        {
          provide: PrincipalResolver,
          inject: [TokenService, UserDirectory],
          useFactory: (tokens: TokenService, users: UserDirectory) => new PrincipalResolver(tokens, users),
        },
        PrincipalGuard,
      ],
      exports: [TOKEN_SECRET, UserDirectory, LoginService, TokenService, PrincipalResolver, PrincipalGuard],
    };
  }
}
