import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { snakeCase } from '@leerruimte/api-core';

/**
 * A domain owns its tables: only the library whose entities define a table, or a library that
 * imports that one (an edge Nx and the module-boundary rule see), may name it in SQL. Features
 * may not import each other, so a feature's tables are its own alone; what another domain
 * needs from them goes through a function it exports or a contract in api-core. This reads
 * every API library's source, as a linter would.
 */
// Jest runs from the workspace root (npm test, Nx), as the ESM build has no __dirname.
const librariesDir = join(process.cwd(), 'libs/api');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

interface Library {
  name: string;
  files: Array<{ path: string; text: string }>;
}

function libraries(): Library[] {
  return readdirSync(librariesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      name: entry.name,
      files: sourceFiles(join(librariesDir, entry.name, 'src')).map((path) => ({
        path: relative(librariesDir, path),
        text: readFileSync(path, 'utf8'),
      })),
    }));
}

/**
 * The tables each library's entities define: `@Entity({ name: 'x' })`, `@Entity('x')`, or
 * `@Entity()` on a class whose name the naming strategy turns into the table's.
 */
function owners(all: Library[]): Map<string, string> {
  const owner = new Map<string, string>();
  const entity = /@Entity\(\s*(?:\{\s*name:\s*)?(?:'([a-z_]+)')?[^)]*\)[^]*?export class (\w+)/g;
  for (const library of all) {
    for (const { text } of library.files) {
      for (const [, name, className] of text.matchAll(entity)) {
        owner.set(name ?? snakeCase(className), library.name);
      }
    }
  }
  return owner;
}

/** The API libraries a library imports, as `@leerruimte/api-<name>`. */
function imported(library: Library): Set<string> {
  const names = new Set<string>();
  for (const { text } of library.files) {
    for (const match of text.matchAll(/from '@leerruimte\/api-([a-z-]+)'/g)) names.add(match[1]);
  }
  return names;
}

function crossings(): string[] {
  const all = libraries();
  const owner = owners(all);
  const found = new Set<string>();
  for (const library of all) {
    const allowed = imported(library);
    for (const { path, text } of library.files) {
      for (const match of text.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+"?([a-z_]+)"?/g)) {
        const table = match[1];
        const tableOwner = owner.get(table);
        if (tableOwner && tableOwner !== library.name && !allowed.has(tableOwner)) {
          found.add(`${path} -> ${table}`);
        }
      }
    }
  }
  return [...found].sort();
}

describe('table ownership', () => {
  it('finds the tables of each library from its entities', () => {
    const owner = owners(libraries());
    expect(owner.get('app_user')).toBe('identity-data');
    expect(owner.get('team')).toBe('identity-data');
    expect(owner.get('outbox_message')).toBe('infrastructure');
    expect(owner.get('experiment')).toBe('board');
    expect(owner.get('lesson_completion')).toBe('learning');
    expect(owner.get('team_month_figures')).toBe('reporting');
  });

  it('lets a library name only its own tables and those of data libraries it imports', () => {
    expect(crossings()).toEqual([]);
  });
});
