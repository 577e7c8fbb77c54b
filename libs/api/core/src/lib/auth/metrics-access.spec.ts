import { metricsAccess } from './metrics-access';

describe(metricsAccess.name, () => {
  const token = 'een-lang-geheim-voor-prometheus';

  it('lets only the bearer of the token in when there is one', () => {
    const config = { env: 'production' as const, metrics: { token } };

    expect(metricsAccess(config, `Bearer ${token}`)).toBe('allowed');
    expect(metricsAccess(config, `Bearer ${token}x`)).toBe('unauthorized');
    expect(metricsAccess(config, token)).toBe('unauthorized');
    expect(metricsAccess(config, undefined)).toBe('unauthorized');
  });

  it('without a token, is open while developing and off in production', () => {
    expect(metricsAccess({ env: 'development', metrics: { token: undefined } }, undefined)).toBe(
      'allowed',
    );
    expect(metricsAccess({ env: 'production', metrics: { token: undefined } }, undefined)).toBe(
      'off',
    );
  });
});
