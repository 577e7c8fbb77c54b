import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { createRootLogger } from '@leerruimte/api-core';
import { migrateTestDatabase, testConfig } from '@leerruimte/api-infrastructure/testing';
import { createHttpApp } from './http-app';
import { type Person, buildWorld } from './test-world';

describe('HTTP API', () => {
  let app: NestFastifyApplication;
  let webRoot: string;
  const index = `<html lang="nl"><body>${'Leerruimte app '.repeat(200)}</body></html>`;
  const script = `console.log(${JSON.stringify('Vandaag '.repeat(400))});`;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'leerruimte-web-'));
    // What the build writes: hashed files with mixed-case hashes, each with .br and .gz copies.
    for (const [name, content] of [
      ['index.html', index],
      ['chunk-CNgVdYel.js', script],
      ['favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
    ]) {
      writeFileSync(join(webRoot, name), content);
      writeFileSync(join(webRoot, `${name}.br`), brotliCompressSync(content));
      writeFileSync(join(webRoot, `${name}.gz`), gzipSync(content));
    }
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
  const getEncoded = (url: string, encoding: string) => get(url, { 'accept-encoding': encoding });

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

  it('sends the brotli copy to a browser that accepts it, and gzip or plain to others', async () => {
    const brotli = await getEncoded('/chunk-CNgVdYel.js', 'gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(script);
    expect(brotli.headers['vary']).toContain('accept-encoding');

    const gzip = await getEncoded('/chunk-CNgVdYel.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(script);

    const plain = await get('/chunk-CNgVdYel.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('caches hashed files for a year and asks again for index.html, also at deep links', async () => {
    expect((await getEncoded('/chunk-CNgVdYel.js', 'br')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const url of ['/', '/reflecties/abc']) {
      const page = await getEncoded(url, 'br');
      expect(page.statusCode).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-encoding']).toBe('br');
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(brotliDecompressSync(page.rawPayload).toString()).toBe(index);
    }
    expect((await get('/favicon.svg')).headers['cache-control']).toBe('no-cache');
  });

  it('sends the security headers with the web app and the API, and lets no API answer be stored', async () => {
    const page = await get('/leren/een-module');
    const api = await get('/api/health');

    for (const response of [page, api]) {
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(api.headers['cache-control']).toBe('no-store');
    // Each page gets its own nonce: the only inline script or style a browser will run.
    const policy = String(page.headers['content-security-policy']);
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect((await get('/leren/een-module')).headers['content-security-policy']).not.toBe(policy);
  });

  it('answers 404 for a file that is not there, never the page in its place', async () => {
    // A browser that still has an older index.html asks for that build's chunks.
    const missing = await get('/chunk-OLDBUILD.js');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/json');
    expect((await get('/kaartjes/de-bedoeling')).statusCode).toBe(200);
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
