import { randomBytes } from 'node:crypto';
import { AccessError, type UserAccount } from '@planledger/domain';
import type { PasswordHasher } from './password-hasher';
import type { IssuedToken, TokenService } from './token-service';
import { toUserView, type UserView } from './user-view';

export interface LoginResult extends IssuedToken {
  user: UserView;
}

/** How login finds accounts: the user directory, or anything that folds user streams. */
export interface AccountLookup {
  find(username: string): Promise<UserAccount | undefined>;
}

/**
 * Username and password in, a token out. An unknown user and a wrong password fail alike —
 * same code, same message, and the same scrypt work (against a decoy hash for unknown users) —
 * so neither the answer nor its timing tells which usernames exist.
 */
export class LoginService {
  private readonly decoyHash: Promise<string>;

  constructor(
    private readonly accounts: AccountLookup,
    private readonly passwords: PasswordHasher,
    private readonly tokens: TokenService,
  ) {
    this.decoyHash = passwords.hash(randomBytes(24).toString('base64url'));
  }

  async login(username: string, password: string): Promise<LoginResult> {
    const account = await this.accounts.find(typeof username === 'string' ? username.trim().toLowerCase() : '');
    const matches = await this.passwords.verify(typeof password === 'string' ? password : '', account?.passwordHash ?? (await this.decoyHash));
    if (!account || !matches) throw new AccessError('UNAUTHENTICATED', 'wrong username or password');
    return { ...this.tokens.issue(account), user: toUserView(account) };
  }
}
