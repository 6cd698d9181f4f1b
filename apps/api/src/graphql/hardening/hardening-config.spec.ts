import { ConfigError } from '../../config';
import { DEFAULT_HARDENING, loadHardeningConfig } from './hardening-config';

describe('loadHardeningConfig', () => {
  it('defaults to 20 operations a second with a burst of 100', () => {
    expect(loadHardeningConfig({})).toEqual(DEFAULT_HARDENING);
    expect(DEFAULT_HARDENING.rateLimit).toEqual({ perSecond: 20, burst: 100 });
  });

  it('reads RATE_LIMIT_PER_SECOND (fractions allowed) and RATE_LIMIT_BURST', () => {
    expect(loadHardeningConfig({ RATE_LIMIT_PER_SECOND: '0.5', RATE_LIMIT_BURST: '10' }).rateLimit).toEqual({ perSecond: 0.5, burst: 10 });
  });

  it.each([
    [{ RATE_LIMIT_PER_SECOND: '0' }, 'RATE_LIMIT_PER_SECOND'],
    [{ RATE_LIMIT_PER_SECOND: '-1' }, 'RATE_LIMIT_PER_SECOND'],
    [{ RATE_LIMIT_PER_SECOND: 'fast' }, 'RATE_LIMIT_PER_SECOND'],
    [{ RATE_LIMIT_BURST: '0' }, 'RATE_LIMIT_BURST'],
    [{ RATE_LIMIT_BURST: '2.5' }, 'RATE_LIMIT_BURST'],
    [{ RATE_LIMIT_BURST: '99999999999999999999' }, 'RATE_LIMIT_BURST'],
  ])('refuses %j naming %s', (env, variable) => {
    let thrown: unknown;
    try {
      loadHardeningConfig(env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).variable).toBe(variable);
    expect((thrown as ConfigError).code).toBe('BAD_CONFIG');
  });
});
