import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * A query's rows have a type only through a zod row schema (`selectRows`, `selectRow`, `exists`
 * from api-core) or TypeORM's typed repositories. A raw `.query(` may only be a statement whose
 * result nobody reads: `await x.query(...)` on a line of its own. A result assigned, returned
 * or cast would be a type the compiler takes on trust. This reads the API's source as a linter
 * would.
 */
// Jest runs from the workspace root (npm test, Nx), as the ESM build has no __dirname.
const root = process.cwd();
const roots = ['libs/api', 'apps/api/src', 'apps/worker/src'];
/** The helpers themselves, and the CLI that writes migrations (it prints `queryRunner.query`). */
const exempt = new Set(['libs/api/infrastructure/src/lib/database/rows.ts', 'apps/api/src/cli.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

function uncheckedQueries(text: string): string[] {
  return [...text.matchAll(/^.*\.query\s*[<(].*$/gm)]
    .map((match) => match[0])
    .filter((line) => !/^\s*await\s+[\w.]+\.query\(/.test(line));
}

describe('checked rows', () => {
  it('recognises a used result and a cast, and lets a bare statement be', () => {
    expect(uncheckedQueries('  await this.dataSource.query(`DELETE FROM x`);')).toEqual([]);
    expect(
      uncheckedQueries('  const rows: Row[] = await this.dataSource.query(`SELECT 1`);'),
    ).toHaveLength(1);
    expect(uncheckedQueries('  return manager.query(`SELECT 1`);')).toHaveLength(1);
    expect(uncheckedQueries('  const [row] = await db.query<Row>(`SELECT 1`);')).toHaveLength(1);
  });

  it('finds no query result in the API whose type is not checked', () => {
    const found = roots
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .filter((path) => !exempt.has(relative(root, path)))
      .flatMap((path) =>
        uncheckedQueries(readFileSync(path, 'utf8')).map(
          (line) => `${relative(root, path)}: ${line.trim()}`,
        ),
      );

    expect(found).toEqual([]);
  });
});
