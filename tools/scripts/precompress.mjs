// Writes a brotli (.br) and a gzip (.gz) copy next to every compressible file of a built web app,
// so the API serves them without compressing on each request. Run after the Angular build.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.map']);
/** Below this, the headers cost more than compression saves. */
const MIN_BYTES = 1024;

const root = process.argv[2];
if (!root) {
  console.error('Usage: node tools/scripts/precompress.mjs <folder>');
  process.exit(2);
}

function* files(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

let original = 0;
let brotli = 0;
let count = 0;
for (const path of files(root)) {
  if (!COMPRESSIBLE.has(extname(path))) continue;
  const content = readFileSync(path);
  if (content.length < MIN_BYTES) continue;
  const br = brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  const gz = gzipSync(content, { level: 9 });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gz);
  original += content.length;
  brotli += br.length;
  count += 1;
}
console.log(
  `Precompressed ${count} files: ${Math.round(original / 1024)} KiB, ${Math.round(brotli / 1024)} KiB with brotli.`,
);
