import { authorizationOf } from './graphql-auth-context';

describe('authorizationOf', () => {
  it('reads the HTTP Authorization header', () => {
    expect(authorizationOf({ req: { headers: { authorization: 'Bearer abc' } } })).toBe('Bearer abc');
  });

  it('reads the graphql-ws connection parameter, in either spelling', () => {
    expect(authorizationOf({ connectionParams: { authorization: 'Bearer abc' } })).toBe('Bearer abc');
    expect(authorizationOf({ connectionParams: { Authorization: 'Bearer def' } })).toBe('Bearer def');
  });

  it('finds nothing when neither is there, or when the parameter is not text', () => {
    expect(authorizationOf({})).toBeUndefined();
    expect(authorizationOf({ req: { headers: {} }, connectionParams: null })).toBeUndefined();
    expect(authorizationOf({ connectionParams: { authorization: { token: 'abc' } } })).toBeUndefined();
  });
});
