import jwt from 'jsonwebtoken';
import { AccessError } from '@planledger/domain';
import { ConfigError } from '../config';
import { jwtSecretFromEnv } from './token-secret';
import { TOKEN_LIFETIME_SECONDS, TokenService } from './token-service';

const SECRET = 'a-test-secret-of-forty-characters-xxxxxx';
const LOGIN_AT = new Date('2026-11-21T01:00:00.000Z');
const user = {
  userId: 'u-li',
  username: 'li.na',
  departmentId: '区市场监管局',
  grants: [{ role: 'departmentReviewer' as const, planId: '*' }],
};

function at(date: Date): TokenService {
  return new TokenService(SECRET, () => date);
}

function refusalCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AccessError);
    return (error as AccessError).code;
  }
  return undefined;
}

describe('TokenService', () => {
  it('round-trips the user in the claims: sub, username, department, roles, 12 hours of validity', () => {
    const { token, expiresAt } = at(LOGIN_AT).issue(user);
    expect(expiresAt).toBe('2026-11-21T13:00:00.000Z');
    expect(at(LOGIN_AT).verify(token)).toEqual({
      userId: 'u-li',
      username: 'li.na',
      departmentId: '区市场监管局',
      grants: [{ role: 'departmentReviewer', planId: '*' }],
      issuedAt: LOGIN_AT.getTime() / 1000,
      expiresAt: LOGIN_AT.getTime() / 1000 + TOKEN_LIFETIME_SECONDS,
    });
    expect(jwt.decode(token, { complete: true })?.header).toMatchObject({ alg: 'HS256', typ: 'JWT' });
    expect(jwt.decode(token)).toMatchObject({ sub: 'u-li', username: 'li.na', department: '区市场监管局' });
  });

  it('accepts a token until its expiry and refuses it from then on', () => {
    const { token } = at(LOGIN_AT).issue(user);
    const justBefore = new Date(LOGIN_AT.getTime() + TOKEN_LIFETIME_SECONDS * 1000 - 1000);
    const atExpiry = new Date(LOGIN_AT.getTime() + TOKEN_LIFETIME_SECONDS * 1000);
    expect(at(justBefore).verify(token).userId).toBe('u-li');
    expect(refusalCode(() => at(atExpiry).verify(token))).toBe('UNAUTHENTICATED');
  });

  it('refuses a token it verified before once that token expires', () => {
    let now = LOGIN_AT;
    const tokens = new TokenService(SECRET, () => now);
    const { token } = tokens.issue(user);
    expect(tokens.verify(token).userId).toBe('u-li');
    now = new Date(LOGIN_AT.getTime() + TOKEN_LIFETIME_SECONDS * 1000);
    expect(refusalCode(() => tokens.verify(token))).toBe('UNAUTHENTICATED');
    expect(refusalCode(() => tokens.verify(token))).toBe('UNAUTHENTICATED');
  });

  it('refuses tokens signed with another key, unsigned, tampered with, or not a token at all', () => {
    const { token } = at(LOGIN_AT).issue(user);
    const otherKey = new TokenService('another-secret-of-forty-characters-yyyyy', () => LOGIN_AT).issue(user).token;
    const [header, , signature] = token.split('.');
    const promoted = Buffer.from(JSON.stringify({ ...(jwt.decode(token) as object), roles: [{ role: 'admin', planId: '*' }] })).toString('base64url');
    const unsigned = jwt.sign({ username: 'li.na', department: null, roles: [], sub: 'u-li' }, '', { algorithm: 'none' });
    for (const forged of [otherKey, `${header}.${promoted}.${signature}`, unsigned, 'not-a-token', '']) {
      expect(refusalCode(() => at(LOGIN_AT).verify(forged))).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a token signed with our key but of a shape we never issue', () => {
    const iat = LOGIN_AT.getTime() / 1000;
    const signed = (payload: object) =>
      jwt.sign({ iat, ...payload }, SECRET, { algorithm: 'HS256', expiresIn: 60, issuer: 'planledger', audience: 'planledger-api', subject: 'u-li' });
    expect(refusalCode(() => at(LOGIN_AT).verify(signed({ username: 'li.na', department: null, roles: [{ role: 'root', planId: '*' }] })))).toBe('UNAUTHENTICATED');
    expect(refusalCode(() => at(LOGIN_AT).verify(signed({ username: 'Li Na', department: null, roles: [] })))).toBe('UNAUTHENTICATED');
    const otherAudience = jwt.sign({ iat, username: 'li.na', department: null, roles: [] }, SECRET, { expiresIn: 60, issuer: 'planledger', subject: 'u-li' });
    expect(refusalCode(() => at(LOGIN_AT).verify(otherAudience))).toBe('UNAUTHENTICATED');
  });
});

describe('JWT_SECRET', () => {
  it('is optional, and when set must be at least 32 characters', () => {
    expect(jwtSecretFromEnv({})).toBeUndefined();
    expect(jwtSecretFromEnv({ JWT_SECRET: SECRET })).toBe(SECRET);
    expect(() => jwtSecretFromEnv({ JWT_SECRET: 'too-short' })).toThrow(ConfigError);
  });
});
