import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to port 3000, ./data and embedded PGlite', () => {
    expect(loadConfig({})).toEqual({ port: 3000, dataDir: './data', databaseUrl: undefined, seed: true, seedsDir: './seeds', introspection: true });
  });

  it('reads PORT, DATA_DIR and DATABASE_URL', () => {
    const config = loadConfig({ PORT: '8080', DATA_DIR: '/tmp/pl', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/pl' });
    expect(config).toMatchObject({ port: 8080, dataDir: '/tmp/pl', databaseUrl: 'postgres://postgres@127.0.0.1:5432/pl' });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ SEED: 'maybe' }, 'SEED'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as ConfigError).variable).toBe(variable);
      expect((error as ConfigError).code).toBe('BAD_CONFIG');
    }
  });
});
