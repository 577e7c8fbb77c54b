import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { pageWithNonce, webAppPages, webAppPolicy } from './web-app-page';

const built = `<html><head><style>:root{--a:1}</style><link rel="stylesheet" href="s.css" media="print" data-beasties-media="all"></head>
<body><lr-root><div class="lr-boot-header"></div></lr-root>
<script src="main-ABCDEFGH.js" type="module"></script><script>document.querySelectorAll('link')</script></body></html>`;

describe(pageWithNonce.name, () => {
  it('puts the nonce on every inline script and style and on the root, and changes nothing else', () => {
    const page = pageWithNonce(built, 'n0nce');

    expect(page.match(/<script nonce="n0nce"/g)).toHaveLength(2);
    expect(page).toContain('<style nonce="n0nce">:root{--a:1}</style>');
    expect(page).toContain('<lr-root ngCspNonce="n0nce">');
    expect(page.replace(/ nonce="n0nce"| ngCspNonce="n0nce"/g, '')).toBe(built);
  });
});

describe(webAppPolicy.name, () => {
  it('allows no script or style but its own and those with the nonce, and no framing', () => {
    const policy = webAppPolicy('n0nce');

    expect(policy).toContain("script-src 'self' 'nonce-n0nce'");
    expect(policy).toContain("style-src 'self' 'nonce-n0nce'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe');
  });
});

describe(webAppPages.name, () => {
  const folder = mkdtempSync(join(tmpdir(), 'leerruimte-page-'));
  const index = join(folder, 'index.html');
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('gives each response its own nonce, compressed as the browser accepts, and follows a new build', async () => {
    writeFileSync(index, built);
    const page = webAppPages(index);

    const first = await page('gzip, deflate, br');
    const second = await page('gzip');
    const plain = await page(undefined);

    const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];
    const firstHtml = brotliDecompressSync(first.body).toString();
    expect(first.encoding).toBe('br');
    expect(firstHtml).toContain(`<lr-root ngCspNonce="${nonceOf(first.policy)}"`);
    expect(second.encoding).toBe('gzip');
    expect(gunzipSync(second.body).toString()).toContain(`nonce="${nonceOf(second.policy)}"`);
    expect(nonceOf(first.policy)).not.toBe(nonceOf(second.policy));
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toContain('<script nonce=');

    writeFileSync(index, built.replace('main-ABCDEFGH.js', 'main-NEWBUILD.js'));
    utimesSync(index, new Date(), new Date(Date.now() + 5_000));
    expect((await page(undefined)).body.toString()).toContain('main-NEWBUILD.js');
  });
});
