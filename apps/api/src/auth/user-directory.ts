import { randomUUID } from 'node:crypto';
import {
  AccessError,
  authorize,
  decideUser,
  evolveUser,
  initialUserState,
  isValidUsername,
  toUserEvent,
  userStreamId,
  type Principal,
  type Role,
  type RoleGrant,
  type UserAccount,
  type UserCommand,
  type UserEvent,
  type UserState,
} from '@planledger/domain';
import type { EventStore, SnapshotStore } from '@planledger/event-store';
import { CommandRunner } from '../commands/command-runner';
import type { StreamFolder } from '../commands/folded-streams';
import type { StreamChanges } from '../commands/stream-changes';
import { PasswordHasher } from './password-hasher';
import { toUserView, type UserView } from './user-view';

export const USER_FOLDER: StreamFolder<UserEvent, UserState> = {
  stateSchemaVersion: 1,
  initialState: initialUserState,
  evolve: evolveUser,
  upcast: toUserEvent,
};

export interface RegisterUserInput {
  username: string;
  displayName: string;
  departmentId?: string | null;
  password: string;
  grants?: RoleGrant[];
  /** Chosen here when not given. */
  userId?: string;
}

export interface RoleGrantInput {
  username: string;
  role: Role;
  planId: string;
  reason?: string;
}

/**
 * Users on the event store, one stream per username. Every method authorizes `by` first, so a
 * caller cannot forget to; operator tools act as `operatorPrincipal(...)`. Command ids make each
 * call idempotent: a retried call writes nothing and returns the user as it is.
 */
export class UserDirectory {
  private readonly runner: CommandRunner<UserEvent, UserState>;

  constructor(
    store: EventStore & SnapshotStore,
    private readonly passwords: PasswordHasher = new PasswordHasher(),
    private readonly clock: () => Date = () => new Date(),
    changes?: StreamChanges,
  ) {
    this.runner = new CommandRunner(store, USER_FOLDER, changes);
  }

  /** The account with its password hash, or undefined; never throws for a malformed username. */
  async find(username: string): Promise<UserAccount | undefined> {
    if (!isValidUsername(username)) return undefined;
    const { state } = await this.runner.streams.load(userStreamId(username));
    return state ?? undefined;
  }

  async register(by: Principal, input: RegisterUserInput, commandId: string): Promise<UserView> {
    authorize(by, 'RegisterUser');
    requireUsername(input.username);
    const passwordHash = await this.passwords.hash(input.password);
    return this.run(input.username, commandId, {
      type: 'RegisterUser',
      data: {
        userId: input.userId ?? `u-${randomUUID()}`,
        username: input.username,
        displayName: input.displayName,
        departmentId: input.departmentId ?? null,
        passwordHash,
        grants: input.grants ?? [],
        ...this.meta(by),
      },
    });
  }

  async grant(by: Principal, input: RoleGrantInput, commandId: string): Promise<UserView> {
    authorize(by, 'GrantRole', { planId: input.planId });
    requireUsername(input.username);
    const { username, role, planId } = input;
    return this.run(username, commandId, { type: 'GrantRole', data: { username, role, planId, ...this.meta(by) } });
  }

  async revoke(by: Principal, input: RoleGrantInput, commandId: string): Promise<UserView> {
    authorize(by, 'RevokeRole', { planId: input.planId });
    requireUsername(input.username);
    const { username, role, planId, reason } = input;
    const data = { username, role, planId, ...(reason === undefined ? {} : { reason }), ...this.meta(by) };
    return this.run(username, commandId, { type: 'RevokeRole', data });
  }

  /**
   * Users change their own password by proving the current one (a stolen token alone must not
   * take the account); an admin resets anyone's without it.
   */
  async changePassword(
    by: Principal,
    input: { username: string; newPassword: string; currentPassword?: string },
    commandId: string,
  ): Promise<UserView> {
    const account = await this.find(input.username);
    authorize(by, 'ChangePassword', { userId: account?.userId });
    requireUsername(input.username);
    const ownAccount = by.kind === 'user' && account !== undefined && by.userId === account.userId;
    if (ownAccount && !(await this.passwords.verify(input.currentPassword ?? '', account.passwordHash))) {
      throw new AccessError('UNAUTHENTICATED', 'the current password is wrong');
    }
    const passwordHash = await this.passwords.hash(input.newPassword);
    return this.run(input.username, commandId, {
      type: 'ChangePassword',
      data: { username: input.username, passwordHash, ...this.meta(by) },
    });
  }

  private async run(username: string, commandId: string, command: UserCommand): Promise<UserView> {
    await this.runner.run(userStreamId(username), { commandId }, (state) => decideUser(command, state));
    const account = await this.find(username);
    if (!account) throw new AccessError('NOT_FOUND', `no user ${username}`);
    return toUserView(account);
  }

  private meta(by: Principal): { actor: string; at: string } {
    if (by.kind !== 'user') throw new AccessError('UNAUTHENTICATED', 'log in first');
    return { actor: by.userId, at: this.clock().toISOString() };
  }
}

/** Checked before the stream is touched: the username names the stream. */
function requireUsername(username: string): void {
  if (!isValidUsername(username)) {
    throw new AccessError('BAD_USER_INPUT', 'a username is 3–32 lowercase letters, digits, ".", "_" or "-"', { field: 'username' });
  }
}
