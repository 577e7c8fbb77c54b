// npm run api-client:generate: writes the web app's API client from the committed OpenAPI
// document, with ng-openapi-gen (one function per operation, called through the ApiClient
// service on Angular's HttpClient) and formatted by Prettier, so the output is the same on every
// machine. With --check it writes nothing and fails when the committed client differs from what
// the document gives now: run after `npm run openapi:generate`. No network, a few seconds.
import { mkdtempSync, readFileSync, readdirSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { NgOpenApiGen } from 'ng-openapi-gen';
import * as prettier from 'prettier';
import { assertNode24 } from './lib/processes.mjs';

assertNode24();

const SPEC = 'libs/shared/contracts/openapi.json';
const OUTPUT = 'libs/web/shared/api-client/src/lib/generated';
const check = process.argv.includes('--check');

/** Everything the generator is told; the rest are its defaults. */
const options = {
  input: SPEC,
  // Observables, like the rest of the web app's data access; the stores await them where needed.
  promises: false,
  // A function per operation, so a page bundles only the calls it makes.
  services: false,
  apiService: 'ApiClient',
  // One template of our own: see the comment at its top.
  templates: 'tools/scripts/api-client',
  // The types the web app uses come from @leerruimte/shared-contracts; the document's only
  // named schema (the error body) is not an answer of any call.
  modelIndex: false,
  endOfLineStyle: 'lf',
  silent: true,
};

/**
 * A 200 answer that names no media type is a file the API sends as an attachment (the data
 * export, PDFs, Markdown, CSV and calendar files). The generator would read it as text and throw
 * the body away; told it is binary, it asks for a Blob. The document itself is left as it is.
 */
function markDownloads(document) {
  for (const operations of Object.values(document.paths)) {
    for (const operation of Object.values(operations)) {
      const ok = operation.responses?.['200'];
      if (ok && !ok.content) {
        ok.content = { '*/*': { schema: { type: 'string', format: 'binary' } } };
      }
    }
  }
}

/**
 * A record whose keys are a closed list (`z.record(z.enum(kinds), …)`) is documented as
 * `additionalProperties` with those keys `required`; ng-openapi-gen only reads `required` for
 * declared `properties`, so the keys are declared, each with the record's value schema.
 */
function requiredRecordKeys(schema) {
  if (Array.isArray(schema)) return schema.forEach(requiredRecordKeys);
  if (schema === null || typeof schema !== 'object') return;
  Object.values(schema).forEach(requiredRecordKeys);
  const values = schema.additionalProperties;
  if (!Array.isArray(schema.required) || values === null || typeof values !== 'object') return;
  for (const key of schema.required) {
    schema.properties ??= {};
    schema.properties[key] ??= values;
  }
}

/**
 * ng-openapi-gen 1.1 adds `| null` to a nullable type only when the type's text does not already
 * say `null` somewhere, so a nullable object with a nullable field inside (`Session.user`) would
 * come out as never null. Spelled as a union with null, every nullable object, array and union
 * keeps its `| null`; plain values (strings, numbers, enums) the generator gets right as they are.
 */
function nullableAsUnion(schema) {
  if (Array.isArray(schema)) return schema.map(nullableAsUnion);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy = Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, nullableAsUnion(value)]),
  );
  const { nullable, description, ...rest } = copy;
  const composite =
    rest.type === 'object' ||
    rest.type === 'array' ||
    rest.properties ||
    rest.items ||
    rest.anyOf ||
    rest.oneOf ||
    rest.allOf;
  if (nullable !== true || !composite) return copy;
  return { ...(description ? { description } : {}), anyOf: [rest, { type: 'null' }] };
}

function filesUnder(root, dir = root) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(root, join(dir, entry.name))
      : [relative(root, join(dir, entry.name))],
  );
}

/** The client as the generator makes it now: relative path to formatted text. */
async function generate() {
  const scratch = mkdtempSync(join(tmpdir(), 'leerruimte-api-client-'));
  try {
    const output = join(scratch, 'generated');
    const document = JSON.parse(readFileSync(SPEC, 'utf8'));
    markDownloads(document);
    requiredRecordKeys(document);
    new NgOpenApiGen(nullableAsUnion(document), { ...options, output }).generate();
    const prettierOptions = await prettier.resolveConfig(join(OUTPUT, 'api-client.ts'));
    const files = new Map();
    for (const file of filesUnder(output).sort()) {
      const source = readFileSync(join(output, file), 'utf8');
      const filepath = join(OUTPUT, file);
      files.set(file, await prettier.format(source, { ...prettierOptions, filepath }));
    }
    return files;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const wanted = await generate();
const present = new Set(filesUnder(OUTPUT));
const stale = [...present].filter((file) => !wanted.has(file));
const changed = [...wanted].filter(
  ([file, text]) => !present.has(file) || readFileSync(join(OUTPUT, file), 'utf8') !== text,
);

if (check) {
  if (changed.length === 0 && stale.length === 0) {
    console.log(`${OUTPUT} matches ${SPEC} (${wanted.size} files).`);
    process.exit(0);
  }
  console.error(`${OUTPUT} is not what ${SPEC} gives now:`);
  for (const [file] of changed)
    console.error(`  ${present.has(file) ? 'changed' : 'missing'} ${file}`);
  for (const file of stale) console.error(`  no longer generated ${file}`);
  console.error('Run `npm run api-client:generate` and commit the result.');
  process.exit(1);
}

for (const [file, text] of changed) {
  mkdirSync(dirname(join(OUTPUT, file)), { recursive: true });
  writeFileSync(join(OUTPUT, file), text);
}
for (const file of stale) rmSync(join(OUTPUT, file));
removeEmptyDirectories(OUTPUT);
console.log(
  `${OUTPUT}: ${wanted.size} files from ${SPEC}; ${changed.length} written, ${stale.length} removed.`,
);

function removeEmptyDirectories(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyDirectories(join(dir, entry.name));
  }
  if (dir !== OUTPUT && readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
}
