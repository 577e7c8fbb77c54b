import { JobName, JobQueue } from '@leerruimte/api-infrastructure';
import {
  type TestContext,
  createTestContext,
  eventually,
} from '@leerruimte/api-infrastructure/testing';
import { identityFactories } from '@leerruimte/api-identity-data/testing';
import { IdentityWorkerModule } from '../identity.module';
import { SessionService, hashToken } from './session.service';

describe(SessionService.name, () => {
  let ctx: TestContext;
  let userId: string;
  const start = new Date('2026-11-22T09:00:00Z');
  const minutes = (count: number) => new Date(start.getTime() + count * 60_000);

  beforeAll(async () => {
    ctx = await createTestContext({
      imports: [IdentityWorkerModule],
      processJobs: true,
    });
    userId = await identityFactories(ctx.dataSource).person('Sem');
  });

  afterAll(() => ctx.close());

  const lastSeen = async (token: string) => {
    const [row] = await ctx.dataSource.query(
      `SELECT last_seen_at FROM user_session WHERE token_hash = $1`,
      [hashToken(token)],
    );
    return row.last_seen_at as Date;
  };
  /** Long enough for a write the resolve did not wait for to have landed. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  it('keeps an active session alive and moves its last-seen time', async () => {
    const sut = ctx.app.get(SessionService);
    const { token } = await sut.start(userId, { ip: '127.0.0.1' }, start);

    await expect(sut.resolve(token, minutes(100))).resolves.toMatchObject({ userId });
    await eventually(async () => expect(await lastSeen(token)).toEqual(minutes(100)));
    await expect(sut.resolve(token, minutes(200))).resolves.toMatchObject({ userId });
    await eventually(async () => expect(await lastSeen(token)).toEqual(minutes(200)));
  });

  it('writes the last-seen time at most once a minute', async () => {
    const sut = ctx.app.get(SessionService);
    const { token } = await sut.start(userId, {}, start);
    const seconds = (count: number) => new Date(start.getTime() + count * 1000);

    await sut.resolve(token, seconds(30));
    await sut.resolve(token, seconds(60));
    await settle();
    expect(await lastSeen(token)).toEqual(start);

    await sut.resolve(token, seconds(61));
    await eventually(async () => expect(await lastSeen(token)).toEqual(seconds(61)));
    await sut.resolve(token, seconds(100));
    await settle();
    expect(await lastSeen(token)).toEqual(seconds(61));
  });

  it('does not make the request wait for the last-seen write', async () => {
    const sut = ctx.app.get(SessionService);
    const { token } = await sut.start(userId, {}, start);
    // Another transaction holds the row: the write has to wait for it, the request must not.
    const holder = ctx.dataSource.createQueryRunner();
    await holder.startTransaction();
    await holder.query(`SELECT 1 FROM user_session WHERE token_hash = $1 FOR UPDATE`, [
      hashToken(token),
    ]);
    try {
      const answer = await Promise.race([
        sut.resolve(token, minutes(5)),
        new Promise((resolve) => setTimeout(() => resolve('waited for the write'), 2_000)),
      ]);
      expect(answer).toMatchObject({ userId });
    } finally {
      await holder.commitTransaction();
      await holder.release();
    }
    await eventually(async () => expect(await lastSeen(token)).toEqual(minutes(5)));
  });

  it('reads the grants with the session, as they are at that moment', async () => {
    const sut = ctx.app.get(SessionService);
    const identity = identityFactories(ctx.dataSource);
    const organisationId = await identity.organisation('Gemeente Grant');
    const teamId = await identity.team(organisationId, 'Wijkteam Grant');
    const personId = await identity.person('Gijs');
    await identity.member(personId, teamId, 'team_lead');
    await identity.organisationAdmin(personId, organisationId);
    const { token } = await sut.start(personId, {}, start);

    const before = await sut.resolve(token, minutes(1));
    expect(before?.grants).toMatchObject({
      userId: personId,
      platformAdmin: false,
      twoFactor: false,
      teamRoles: new Map([[teamId, 'team_lead']]),
      adminOf: new Set([organisationId]),
    });

    await ctx.dataSource.query(`DELETE FROM team_membership WHERE user_id = $1`, [personId]);
    await ctx.dataSource.query(`DELETE FROM organisation_admin WHERE user_id = $1`, [personId]);
    const after = await sut.resolve(token, minutes(2));
    expect(after?.grants.teamRoles).toEqual(new Map());
    expect(after?.grants.adminOf).toEqual(new Set());
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

    // Every half hour: the last-seen write is not waited for, and may land a step later.
    for (let minute = 30; minute < 7 * 24 * 60; minute += 30) {
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
