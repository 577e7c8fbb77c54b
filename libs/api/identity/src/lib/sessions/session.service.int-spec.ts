import { JobName, JobQueue } from '@leerruimte/api-infrastructure';
import {
  type TestContext,
  createTestContext,
  eventually,
} from '@leerruimte/api-infrastructure/testing';
import { identityFactories } from '@leerruimte/api-identity-data/testing';
import { IdentityModule, IdentityWorkerModule } from '../identity.module';
import { SessionService, hashToken } from './session.service';

describe(SessionService.name, () => {
  let ctx: TestContext;
  let userId: string;
  const start = new Date('2026-11-22T09:00:00Z');
  const minutes = (count: number) => new Date(start.getTime() + count * 60_000);

  beforeAll(async () => {
    ctx = await createTestContext({
      imports: [IdentityModule, IdentityWorkerModule],
      processJobs: true,
    });
    userId = await identityFactories(ctx.dataSource).person('Sem');
  });

  afterAll(() => ctx.close());

  it('keeps an active session alive and moves its last-seen time', async () => {
    const sut = ctx.app.get(SessionService);
    const { token } = await sut.start(userId, { ip: '127.0.0.1' }, start);

    await expect(sut.resolve(token, minutes(100))).resolves.toMatchObject({ userId });
    await expect(sut.resolve(token, minutes(200))).resolves.toMatchObject({
      lastSeenAt: minutes(200),
    });
  });

  it('ends a session that was idle longer than the idle timeout (120 minutes)', async () => {
    const sut = ctx.app.get(SessionService);
    const { token } = await sut.start(userId, {}, start);

    await expect(sut.resolve(token, minutes(121))).resolves.toBeUndefined();
    const rows = await ctx.dataSource.query(`SELECT 1 FROM user_session WHERE token_hash = $1`, [
      hashToken(token),
    ]);
    expect(rows).toEqual([]);
  });

  it('ends a session at its absolute lifetime (7 days), however active', async () => {
    const sut = ctx.app.get(SessionService);
    const { token, expiresAt } = await sut.start(userId, {}, start);
    expect(expiresAt).toEqual(minutes(7 * 24 * 60));

    for (let minute = 60; minute < 7 * 24 * 60; minute += 60) {
      await sut.resolve(token, minutes(minute));
    }

    await expect(sut.resolve(token, minutes(7 * 24 * 60))).resolves.toBeUndefined();
  });

  it('ends every session of a person at once', async () => {
    const sut = ctx.app.get(SessionService);
    const first = await sut.start(userId, {}, start);
    const second = await sut.start(userId, {}, start);

    await sut.endAllFor(userId);

    await expect(sut.resolve(first.token, minutes(1))).resolves.toBeUndefined();
    await expect(sut.resolve(second.token, minutes(1))).resolves.toBeUndefined();
  });

  it('has a job that removes the rows of expired and idle sessions, not live ones', async () => {
    const sut = ctx.app.get(SessionService);
    await ctx.dataSource.query(`DELETE FROM user_session`);
    const now = new Date();
    const live = await sut.start(userId, {}, now);
    await sut.start(userId, {}, new Date(now.getTime() - 8 * 24 * 3_600_000));
    await sut.start(userId, {}, new Date(now.getTime() - 3 * 3_600_000));

    await ctx.app.get(JobQueue).add(JobName.SessionCleanup, {});

    await eventually(async () => {
      const rows = await ctx.dataSource.query(`SELECT token_hash FROM user_session`);
      expect(rows).toEqual([{ token_hash: hashToken(live.token) }]);
    });
  });
});
