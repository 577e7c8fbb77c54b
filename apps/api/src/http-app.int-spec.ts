import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createRootLogger } from '@leerruimte/api-core';
import { migrateTestDatabase, testConfig } from '@leerruimte/api-core/testing';
import { createHttpApp } from './http-app';
import { type Person, buildWorld } from './test-world';

describe('HTTP API', () => {
  let app: NestFastifyApplication;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'leerruimte-web-'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<html lang="nl"><body>Leerruimte app</body></html>',
    );
    const config = testConfig();
    await migrateTestDatabase(config);
    app = await createHttpApp(
      { ...config, web: { distPath: webRoot } },
      createRootLogger('test', 'error'),
    );
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers });

  it('answers liveness and readiness', async () => {
    expect((await get('/api/health')).json()).toEqual({ status: 'ok' });
    const ready = await get('/api/health/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ready');
  });

  it('reports the platform status in the shared contract shape, to platform admins only', async () => {
    const world = await buildWorld(app);
    await app
      .get(DataSource)
      .query(`UPDATE app_user SET platform_admin = true WHERE id = ANY ($1::uuid[])`, [
        [world.users.organisationAdmin, world.users.professional],
      ]);
    const status = (as: Person | 'anonymous') =>
      world.request(as, { method: 'GET', url: '/api/platform/status' });

    const response = await status('organisationAdmin');

    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().components)).toEqual([
      'database',
      'redis',
      'migrations',
      'workers',
      'queue',
    ]);
    expect((await status('anonymous')).statusCode).toBe(401);
    expect((await status('teamLead')).statusCode).toBe(403);
    // A platform admin without two-factor authentication is told to turn it on.
    const withoutTwoFactor = await status('professional');
    expect(withoutTwoFactor.statusCode).toBe(403);
    expect(withoutTwoFactor.json().code).toBe('two_factor_required');
  });

  it('answers unknown API addresses with a JSON error in the asked language', async () => {
    const dutch = await get('/api/bestaat-niet');
    const english = await get('/api/bestaat-niet', { 'accept-language': 'en-GB,en;q=0.9' });

    expect(dutch.statusCode).toBe(404);
    expect(dutch.json()).toEqual({
      code: 'not_found',
      message: 'Dit adres bestaat niet.',
      correlationId: dutch.headers['x-request-id'],
    });
    expect(english.json().message).toBe('This address does not exist.');
  });

  it('rejects a body that is not JSON with a clear error', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/health',
      headers: { 'content-type': 'application/json' },
      payload: '{niet: json',
    });

    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.json().message).toEqual(expect.any(String));
  });

  it('keeps a caller request id and makes one up otherwise', async () => {
    const kept = await get('/api/health', { 'x-request-id': 'trace-1234abcd' });
    const invented = await get('/api/health', { 'x-request-id': 'bad id with spaces' });

    expect(kept.headers['x-request-id']).toBe('trace-1234abcd');
    expect(invented.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the web app for every non-API path, so deep links work', async () => {
    for (const url of ['/', '/teams/42/experimenten']) {
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('Leerruimte app');
    }
  });

  it('exposes request latency per route for Prometheus', async () => {
    await get('/api/health');
    const metrics = await get('/metrics');

    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.body).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/health",status_code="200"\} \d+/,
    );
    expect(metrics.body).toContain('leerruimte_queue_jobs{queue="platform",state="waiting"}');
  });

  it('serves the OpenAPI document', async () => {
    const response = await get('/api/docs/openapi.json');

    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/health/ready', '/api/platform/status']),
    );
  });
});
