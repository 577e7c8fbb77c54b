import { type TestContext, createTestContext } from '../../testing';
import { HealthService } from './health.service';

describe(HealthService.name, () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext({});
  });

  afterAll(() => ctx.close());

  it('is ready when PostgreSQL and Redis answer and every migration is applied', async () => {
    await expect(ctx.app.get(HealthService).readiness()).resolves.toEqual({
      status: 'ready',
      checks: { database: { status: 'up' }, redis: { status: 'up' }, migrations: { status: 'up' } },
    });
  });

  it('is not ready while a migration is missing', async () => {
    const [last] = await ctx.dataSource.query(
      'SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1',
    );
    await ctx.dataSource.query('DELETE FROM migrations WHERE id = $1', [last.id]);
    try {
      const readiness = await ctx.app.get(HealthService).readiness();

      expect(readiness.status).toBe('not_ready');
      expect(readiness.checks.migrations).toEqual({
        status: 'down',
        detail: '1 migration(s) not applied',
      });
    } finally {
      await ctx.dataSource.query(
        'INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)',
        [last.id, last.timestamp, last.name],
      );
    }
  });
});
