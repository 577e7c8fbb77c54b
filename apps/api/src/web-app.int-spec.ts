import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { createRootLogger } from '@leerruimte/api-core';
import { migrateTestDatabase, testConfig } from '@leerruimte/api-core/testing';
import { createHttpApp } from './http-app';

describe('serving the built web app', () => {
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

  const get = (url: string, encoding?: string) =>
    app.inject({
      method: 'GET',
      url,
      headers: encoding ? { 'accept-encoding': encoding } : {},
    });

  it('sends the brotli copy to a browser that accepts it, and gzip or plain to others', async () => {
    const brotli = await get('/chunk-CNgVdYel.js', 'gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(script);
    expect(brotli.headers['vary']).toContain('accept-encoding');

    const gzip = await get('/chunk-CNgVdYel.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(script);

    const plain = await get('/chunk-CNgVdYel.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('caches hashed files for a year and asks again for index.html, also at deep links', async () => {
    expect((await get('/chunk-CNgVdYel.js', 'br')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const url of ['/', '/reflecties/abc']) {
      const page = await get(url, 'br');
      expect(page.statusCode).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(page.rawPayload).toString()).toBe(index);
    }
    expect((await get('/favicon.svg')).headers['cache-control']).toBe('no-cache');
  });

  it('answers 404 for a file that is not there, never the page in its place', async () => {
    // A browser that still has an older index.html asks for that build's chunks.
    const missing = await get('/chunk-OLDBUILD.js');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/json');
    expect((await get('/kaartjes/de-bedoeling')).statusCode).toBe(200);
  });
});
