import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { type ContentCoding, preferredCoding } from '@leerruimte/api-core';

/**
 * The web app's policy: scripts and styles only from Leerruimte itself, and the few inline ones
 * the page carries only with this response's nonce (the build's critical CSS and its loader;
 * Angular puts the nonce on the component styles it adds, from `ngCspNonce`). Bull Board is the
 * one frame, on the same address.
 */
export function webAppPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The page with the nonce on every inline script and style, and on the app's root for Angular. */
export function pageWithNonce(html: string, nonce: string): string {
  return html
    .replace(/<(script|style)(?=[\s>])/g, `<$1 nonce="${nonce}"`)
    .replace(/<lr-root(?=[\s>])/, `<lr-root ngCspNonce="${nonce}"`);
}

export interface WebAppPage {
  body: Buffer;
  encoding?: ContentCoding;
  policy: string;
}

/**
 * index.html for one response: a fresh nonce each time, so the build's precompressed copy cannot
 * be sent; it is small, and compressed here quickly. Read again when a new build replaced it.
 */
export function webAppPages(indexPath: string) {
  let cached: { mtimeMs: number; html: string } | undefined;

  async function template(): Promise<string> {
    const { mtimeMs } = await stat(indexPath);
    if (cached?.mtimeMs !== mtimeMs) {
      cached = { mtimeMs, html: await readFile(indexPath, 'utf8') };
    }
    return cached.html;
  }

  return async (acceptEncoding: string | undefined): Promise<WebAppPage> => {
    const nonce = randomBytes(16).toString('base64');
    const page = Buffer.from(pageWithNonce(await template(), nonce));
    const policy = webAppPolicy(nonce);
    const encoding = preferredCoding(acceptEncoding, ['br', 'gzip']);
    if (encoding === 'br') {
      const body = brotliCompressSync(page, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 5 },
      });
      return { body, encoding, policy };
    }
    if (encoding === 'gzip') return { body: gzipSync(page), encoding, policy };
    return { body: page, policy };
  };
}
