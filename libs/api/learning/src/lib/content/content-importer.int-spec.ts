import {
  type TestContext,
  createTestContext,
  truncateAllTables,
} from '@leerruimte/api-infrastructure/testing';
import { CatalogueService } from '../catalogue/catalogue.service';
import { LearningFeatureModule } from '../learning.module';
import { ProgressService } from '../progress/progress.service';
import { answerChecksRight } from '../../testing';
import { ContentImporter } from './content-importer';
import { fixtureFiles, writeContentTree } from './content-fixture';
import { readContent } from './content-reader';

describe(ContentImporter.name, () => {
  let ctx: TestContext;
  let userId: string;
  const importTree = (overrides: Record<string, string | null> = {}) =>
    ctx.app.get(ContentImporter).import(readContent(writeContentTree(overrides)));
  const query = (sql: string) => ctx.dataSource.query(sql);

  beforeAll(async () => {
    ctx = await createTestContext({
      imports: [LearningFeatureModule],
    });
  });

  beforeEach(async () => {
    await truncateAllTables(ctx.dataSource);
    [{ id: userId }] = await ctx.dataSource.query(
      `INSERT INTO app_user (email, name, password_hash) VALUES ('lot@test.test', 'Lot', 'x') RETURNING id`,
    );
  });

  afterAll(() => ctx.close());

  it('imports modules, lessons and cards; importing again changes nothing', async () => {
    expect(await importTree()).toEqual({
      modules: 1,
      lessons: 3,
      cards: 1,
      removed: { modules: 0, lessons: 0, cards: 0 },
    });
    const before = await query(`SELECT id, slug, position FROM lesson ORDER BY position`);

    await importTree();

    expect(await query(`SELECT id, slug, position FROM lesson ORDER BY position`)).toEqual(before);
    const [proefmodule] = await ctx.app.get(CatalogueService).modules(userId);
    expect(proefmodule).toMatchObject({
      slug: 'proefmodule',
      // The lessons' 5, 6 and 7 minutes and the closing test's 10.
      estimatedMinutes: 28,
      lessonCount: 3,
    });
  });

  it('keeps progress through a new version; a removed lesson stays in the history', async () => {
    await importTree();
    const progress = ctx.app.get(ProgressService);
    await answerChecksRight(progress, userId, 'proefmodule', 'eerste-les', ['kennis']);
    await progress.complete(userId, 'proefmodule', 'eerste-les');
    await progress.complete(userId, 'proefmodule', 'derde-les');
    await progress.answerReflection(userId, 'proefmodule', 'eerste-les', 'eerste-vraag', {
      answer: 'Veel.',
    });

    const summary = await importTree({
      'modules/proefmodule/module.yaml': fixtureFiles['modules/proefmodule/module.yaml']
        .replace('version: 1', 'version: 2')
        .replace('  - derde-les', '  - vierde-les'),
      'modules/proefmodule/eerste-les.md': fixtureFiles[
        'modules/proefmodule/eerste-les.md'
      ].replace('De eerste les', 'De eerste les, herzien'),
      'modules/proefmodule/derde-les.md': null,
      'modules/proefmodule/vierde-les.md': '---\ntitle: De vierde les\nminutes: 8\n---\n\nNieuw.\n',
    });

    expect(summary.removed).toEqual({ modules: 0, lessons: 1, cards: 0 });
    const detail = await ctx.app.get(CatalogueService).module(userId, 'proefmodule');
    expect(detail.version).toBe(2);
    expect(detail.lessons).toEqual([
      {
        slug: 'eerste-les',
        title: 'De eerste les, herzien',
        minutes: 5,
        completed: true,
        minutesLearned: 0,
      },
      {
        slug: 'tweede-les',
        title: 'De tweede les',
        minutes: 6,
        completed: false,
        minutesLearned: 0,
      },
      {
        slug: 'vierde-les',
        title: 'De vierde les',
        minutes: 8,
        completed: false,
        minutesLearned: 0,
      },
    ]);
    expect(detail.progress.completedLessons).toBe(1);
    expect(await query(`SELECT count(*)::int AS n FROM lesson_completion`)).toEqual([{ n: 2 }]);
    expect(await query(`SELECT answer FROM journal_entry`)).toEqual([{ answer: 'Veel.' }]);
    expect(await query(`SELECT slug FROM lesson WHERE removed_at IS NOT NULL`)).toEqual([
      { slug: 'derde-les' },
    ]);
  });

  it('brings a lesson back when it returns to the content', async () => {
    await importTree();
    await importTree({
      'modules/proefmodule/module.yaml': fixtureFiles['modules/proefmodule/module.yaml'].replace(
        '  - derde-les',
        '  - vierde-les',
      ),
      'modules/proefmodule/derde-les.md': null,
      'modules/proefmodule/vierde-les.md': '---\ntitle: Vier\nminutes: 8\n---\n\nNieuw.\n',
    });

    await importTree();

    expect(
      await query(`SELECT slug FROM lesson WHERE removed_at IS NULL ORDER BY position`),
    ).toEqual([{ slug: 'eerste-les' }, { slug: 'tweede-les' }, { slug: 'derde-les' }]);
  });

  it('leaves the database as it was when any file is broken', async () => {
    await importTree();
    const before = await query(
      `SELECT (SELECT json_agg(l ORDER BY l.slug) FROM lesson l) AS lessons,
              (SELECT json_agg(m) FROM learning_module m) AS modules`,
    );

    expect(() =>
      readContent(
        writeContentTree({
          'modules/proefmodule/tweede-les.md':
            '---\ntitle: Twee\nminutes: 6\n---\n\n```kaart\n```\n',
        }),
      ),
    ).toThrow(/tweede-les\.md:6: unknown block kind "kaart"/);

    expect(
      await query(
        `SELECT (SELECT json_agg(l ORDER BY l.slug) FROM lesson l) AS lessons,
                (SELECT json_agg(m) FROM learning_module m) AS modules`,
      ),
    ).toEqual(before);
  });
});
