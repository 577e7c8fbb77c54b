import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { DatabaseNotifications } from '@leerruimte/api-infrastructure';
import { eventually } from '@leerruimte/api-infrastructure/testing';
import { ContentImporter, readContent } from '@leerruimte/api-learning';
import type { ModuleSummary, Report } from '@leerruimte/shared-contracts';
import { type World, buildWorld, createTestHttpApp, queriesDuring } from './test-world';

/**
 * Module lists and report headers held in the API process: what changed in PostgreSQL, through
 * this process or any other, is seen within milliseconds (a cache that missed it would hold 60 s).
 */
describe('module lists and reports held in the API process', () => {
  let app: NestFastifyApplication;
  let world: World;
  let sql: DataSource;
  const get = async <T>(as: Parameters<World['request']>[0], url: string): Promise<T> =>
    (await world.request(as, { method: 'GET', url })).json();
  const modules = () => get<ModuleSummary[]>('professional', '/api/learning/modules');
  const dashboard = () =>
    get<Report>(
      'organisationAdmin',
      `/api/organisations/${world.organisation}/reports/team-development?from=2026-01&to=2026-03`,
    );

  beforeAll(async () => {
    app = await createTestHttpApp((config) => ({ ...config, cacheSeconds: 60 }));
    sql = app.get(DataSource);
  });

  beforeEach(async () => {
    world = await buildWorld(app);
    await app.get(ContentImporter).import(readContent('content'));
    // The first requests start the listening on each channel.
    await modules();
    await dashboard();
    await eventually(
      async () => expect(app.get(DatabaseNotifications).listening).toBe(true),
      5_000,
    );
  });

  afterAll(() => app.close());

  describe('the module list', () => {
    it('is answered a second time without asking PostgreSQL anything', async () => {
      await modules();

      expect(await queriesDuring(app, modules)).toEqual([]);
    });

    it('shows a lesson the person just opened, in the next request', async () => {
      const [first] = await modules();
      const detail = await get<{ lessons: Array<{ slug: string }> }>(
        'professional',
        `/api/learning/modules/${first.slug}`,
      );
      const lesson = detail.lessons[0].slug;

      const visited = await world.request('professional', {
        method: 'POST',
        url: `/api/learning/modules/${first.slug}/lessons/${lesson}/visit`,
      });
      const [after] = await modules();

      expect(visited.statusCode).toBe(204);
      expect(after.progress).toMatchObject({ status: 'in_progress', lastLessonSlug: lesson });
    });

    it('shows progress and content changed elsewhere (another process, a tool)', async () => {
      const [first] = await modules();
      expect(first.progress.completedLessons).toBe(0);

      await sql.query(
        `INSERT INTO lesson_completion (user_id, lesson_id, completed_at)
         SELECT $1, l.id, now() FROM lesson l JOIN learning_module m ON m.id = l.module_id
          WHERE m.slug = $2 AND l.removed_at IS NULL ORDER BY l.position LIMIT 1`,
        [world.users.professional, first.slug],
      );
      await eventually(
        async () => expect((await modules())[0].progress.completedLessons).toBe(1),
        1_000,
      );

      await sql.query(`UPDATE learning_module SET title = 'Leren in de wijk' WHERE slug = $1`, [
        first.slug,
      ]);
      await eventually(
        async () => expect((await modules())[0].title).toBe('Leren in de wijk'),
        1_000,
      );
    });

    it("is one person's own: another's progress does not reach it", async () => {
      await modules();

      await sql.query(
        `INSERT INTO lesson_completion (user_id, lesson_id, completed_at)
         SELECT $1, id, now() FROM lesson WHERE removed_at IS NULL LIMIT 1`,
        [world.users.teamLead],
      );

      const mine = await modules();
      expect(mine.every((summary) => summary.progress.completedLessons === 0)).toBe(true);
    });
  });

  describe('the organisation dashboard', () => {
    it('is answered a second time without asking PostgreSQL anything', async () => {
      await dashboard();

      expect(await queriesDuring(app, dashboard)).toEqual([]);
    });

    it("shows a new minimum group size, a team's new name and a new team at once", async () => {
      await sql.query(
        `INSERT INTO organisation_report_settings (organisation_id, minimum_group_size)
         VALUES ($1, 7)`,
        [world.organisation],
      );
      await eventually(async () => expect((await dashboard()).minimumGroupSize).toBe(7), 1_000);

      await sql.query(`UPDATE team SET name = 'Wijkteam Noordoost' WHERE id = $1`, [world.team]);
      await eventually(
        async () =>
          expect((await dashboard()).teams.map((team) => team.name)).toContain(
            'Wijkteam Noordoost',
          ),
        1_000,
      );

      await sql.query(`INSERT INTO team (organisation_id, name) VALUES ($1, 'Wijkteam Oost')`, [
        world.organisation,
      ]);
      await eventually(
        async () =>
          expect((await dashboard()).teams.map((team) => team.name)).toContain('Wijkteam Oost'),
        1_000,
      );
    });

    it('reads the figures again after the rollup ran', async () => {
      await dashboard();

      await sql.query(
        `INSERT INTO reporting_month (month, computed_at, closed) VALUES ('2026-02-01', now(), false)
         ON CONFLICT (month) DO UPDATE SET computed_at = now()`,
      );

      await eventually(
        async () => expect(await queriesDuring(app, dashboard)).not.toEqual([]),
        1_000,
      );
    });
  });
});
