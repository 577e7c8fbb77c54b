import { ConfigValidationError, loadConfig } from './app-config';

const validEnv = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/leerruimte' };

describe(loadConfig.name, () => {
  it('fills in the documented defaults', () => {
    const sut = loadConfig(validEnv);

    expect(sut.http).toEqual({ host: 'localhost', port: 3000, publicUrl: 'http://localhost:3000' });
    expect(sut.redis).toEqual({ url: 'redis://127.0.0.1:6379', keyPrefix: 'leerruimte' });
    expect(sut.database.poolSize).toBe(10);
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
