import { ConfigValidationError, loadConfig } from './app-config';

const validEnv = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/leerruimte' };

describe(loadConfig.name, () => {
  it('fills in the documented defaults', () => {
    const sut = loadConfig(validEnv);

    expect(sut.http).toEqual({
      host: 'localhost',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      trustProxy: false,
    });
    expect(sut.redis).toEqual({ url: 'redis://127.0.0.1:6379', keyPrefix: 'leerruimte' });
    expect(sut.database.poolSize).toBe(10);
  });

  it('believes a proxy in production, or the proxies TRUST_PROXY names', () => {
    const trustProxy = (env: Record<string, string>) =>
      loadConfig({ ...validEnv, TOTP_ENCRYPTION_KEY: Buffer.alloc(32).toString('base64'), ...env })
        .http.trustProxy;

    expect(trustProxy({ NODE_ENV: 'production' })).toBe(true);
    expect(trustProxy({ NODE_ENV: 'production', TRUST_PROXY: 'false' })).toBe(false);
    expect(trustProxy({ TRUST_PROXY: 'loopback' })).toBe('loopback');
    expect(trustProxy({ TRUST_PROXY: '10.0.0.2, 10.1.0.0/16' })).toBe('10.0.0.2, 10.1.0.0/16');
    expect(() => trustProxy({ TRUST_PROXY: 'iedereen' })).toThrow(
      /TRUST_PROXY: must be true, false, loopback or proxy addresses/,
    );
  });

  it('reads the DNS servers that domain checks ask, or leaves them to the system', () => {
    expect(loadConfig(validEnv).dns.servers).toBeUndefined();
    expect(loadConfig({ ...validEnv, DNS_SERVERS: '1.1.1.1, 127.0.0.1:5353' }).dns.servers).toEqual(
      ['1.1.1.1', '127.0.0.1:5353'],
    );
    expect(() => loadConfig({ ...validEnv, DNS_SERVERS: 'dns.google' })).toThrow(
      /DNS_SERVERS: must be addresses of DNS servers/,
    );
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ ...validEnv, PORT: '' }).http.port).toBe(3000);
  });

  it('names every bad variable on its own line', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'drieduizend', REDIS_URL: 'http://redis', LOG_LEVEL: 'loud' });
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(ConfigValidationError);
    const problems = (error as ConfigValidationError).problems;
    expect(problems).toHaveLength(4);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT: /),
        expect.stringMatching(/^DATABASE_URL: is required/),
        'REDIS_URL: must start with redis:// or rediss://',
        expect.stringMatching(/^LOG_LEVEL: /),
      ]),
    );
  });
});
