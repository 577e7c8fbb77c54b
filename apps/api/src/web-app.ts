import { NotFoundException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { localeFromAcceptLanguage } from '@leerruimte/shared-contracts';
import { errorBodyFor } from '@leerruimte/api-core';
import { webAppPages } from './web-app-page';

/**
 * Angular puts a content hash (upper and lower case) in every file name but index.html's; a
 * precompressed copy is served from its own path.
 */
const HASHED_FILE = /-[A-Za-z0-9_]{8}\.(js|css)(\.br|\.gz)?$/;

function isBackendPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/metrics');
}

/** A file the app would load (a script of an older build, say), not a page to open. */
function isMissingFile(url: string): boolean {
  return /\.[a-z0-9]+$/i.test(url.split(/[?#]/)[0]);
}

/**
 * Serves the built web app from the API's own address: files as they are (compressed when the
 * browser accepts it; hashed ones cached for a year), and index.html for every other non-API
 * path so deep links work. Does nothing when the app was not built.
 */
export async function serveWebApp(app: NestFastifyApplication, distPath: string): Promise<boolean> {
  const root = resolve(distPath);
  if (!existsSync(join(root, 'index.html'))) {
    return false;
  }
  const page = webAppPages(join(root, 'index.html'));
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    cacheControl: false,
    // The build writes .br and .gz copies (tools/scripts/precompress.mjs); sent when accepted.
    preCompressed: true,
    setHeaders: (reply, path) => {
      void reply.header(
        'cache-control',
        HASHED_FILE.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', async (request, reply) => {
      if (isBackendPath(request.url) || isMissingFile(request.url)) {
        const locale = localeFromAcceptLanguage(request.headers['accept-language']);
        const { status, body } = errorBodyFor(new NotFoundException(), locale, String(request.id));
        return reply.status(status).send(body);
      }
      const { body, encoding, policy } = await page(request.headers['accept-encoding']);
      void reply
        .header('cache-control', 'no-cache')
        .header('content-security-policy', policy)
        .header('vary', 'accept-encoding')
        .type('text/html; charset=utf-8');
      if (encoding) void reply.header('content-encoding', encoding);
      return reply.send(body);
    });
  return true;
}
