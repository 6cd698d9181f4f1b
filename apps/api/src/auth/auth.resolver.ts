import { Args, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { isRole, AccessError, type Principal } from '@planledger/domain';
import { CurrentPrincipal } from './current-principal.decorator';
import { LoginService } from './login.service';
import { UserDirectory } from './user-directory';
import type { UserView } from './user-view';

@ObjectType('RoleGrant')
class RoleGrantType {
  @Field({ description: 'drafter, departmentReviewer, auditor or admin' }) role!: string;
  @Field({ description: 'A plan id, or * for every plan' }) planId!: string;
}

@ObjectType('User')
class UserType {
  @Field(() => ID) userId!: string;
  @Field() username!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) departmentId!: string | null;
  @Field(() => [RoleGrantType]) grants!: RoleGrantType[];
}

@ObjectType('Session')
class SessionType {
  @Field({ description: 'Send as `Authorization: Bearer <token>`' }) token!: string;
  @Field() expiresAt!: string;
  @Field(() => UserType) user!: UserType;
}

@InputType()
class RegisterUserInput {
  @Field() username!: string;
  @Field() displayName!: string;
  @Field() password!: string;
  @Field(() => String, { nullable: true }) departmentId?: string | null;
  @Field() commandId!: string;
}

@InputType()
class RoleGrantInput {
  @Field() username!: string;
  @Field() role!: string;
  @Field({ description: 'A plan id, or * for every plan' }) planId!: string;
  @Field() commandId!: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

/** Login and user administration; every directory call authorizes the caller itself. */
@Resolver()
export class AuthResolver {
  constructor(
    private readonly login: LoginService,
    private readonly users: UserDirectory,
  ) {}

  @Mutation(() => SessionType, { description: 'Exchange a username and password for a bearer token' })
  async logIn(@Args('username') username: string, @Args('password') password: string): Promise<SessionType> {
    const session = await this.login.login(username, password);
    return { token: session.token, expiresAt: session.expiresAt, user: session.user };
  }

  @Query(() => UserType, { description: 'The logged-in user' })
  me(@CurrentPrincipal() principal: Principal): Promise<UserView> {
    if (principal.kind !== 'user') throw new AccessError('UNAUTHENTICATED', 'log in first');
    return this.users.find(principal.username).then((account) => {
      if (!account) throw new AccessError('UNAUTHENTICATED', 'the user no longer exists');
      return { userId: account.userId, username: account.username, displayName: account.displayName, departmentId: account.departmentId, grants: [...account.grants] };
    });
  }

  @Mutation(() => UserType)
  registerUser(@Args('input') input: RegisterUserInput, @CurrentPrincipal() principal: Principal): Promise<UserView> {
    const { username, displayName, password, departmentId } = input;
    return this.users.register(principal, { username, displayName, password, departmentId: departmentId ?? null }, input.commandId);
  }

  @Mutation(() => UserType)
  grantRole(@Args('input') input: RoleGrantInput, @CurrentPrincipal() principal: Principal): Promise<UserView> {
    return this.users.grant(principal, grantInput(input), input.commandId);
  }

  @Mutation(() => UserType)
  revokeRole(@Args('input') input: RoleGrantInput, @CurrentPrincipal() principal: Principal): Promise<UserView> {
    return this.users.revoke(principal, grantInput(input), input.commandId);
  }
}

function grantInput(input: RoleGrantInput) {
  if (!isRole(input.role)) throw new AccessError('BAD_USER_INPUT', `unknown role ${input.role}`, { field: 'role' });
  return { username: input.username, role: input.role, planId: input.planId, ...(input.reason ? { reason: input.reason } : {}) };
}
