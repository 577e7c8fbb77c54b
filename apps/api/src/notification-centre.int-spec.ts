import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { type World, buildWorld, createTestHttpApp } from './test-world';

describe('the notification centre', () => {
  let app: NestFastifyApplication;
  let world: World;
  const query = (sql: string, params: unknown[] = []) => app.get(DataSource).query(sql, params);
  const onBoard = (
    person: 'teamLead' | 'professional',
    method: 'POST',
    path: string,
    body: object,
  ) =>
    world.request(person, {
      method,
      url: `/api/teams/${world.team}${path}`,
      payload: body,
    });
  const mailsTo = async (userId: string) =>
    (await query(
      `SELECT subject, text, headers FROM outbox_message
        WHERE recipient = (SELECT email FROM app_user WHERE id = $1) ORDER BY created_at`,
      [userId],
    )) as Array<{ subject: string; text: string; headers: Record<string, string> | null }>;

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
  });

  afterAll(() => app.close());

  /** The lead starts an experiment with the professional in it, and moves it along. */
  async function experimentWithProfessional() {
    const created = await onBoard('teamLead', 'POST', '/experiments', {
      title: 'Eerst het netwerk',
      intendedEffect: 'Sneller contact',
      whatWeTry: 'Bellen',
      participantIds: [world.users.professional],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    return {
      id,
      move: async (status: string) => {
        const moved = await onBoard('teamLead', 'POST', `/experiments/${id}/status`, { status });
        expect(moved.statusCode).toBe(200);
      },
    };
  }

  it('bundles four moves of one experiment in a minute into one notification and one mail', async () => {
    const experiment = await experimentWithProfessional();
    for (const status of ['planned', 'running', 'evaluating']) await experiment.move(status);
    const evaluated = await onBoard(
      'teamLead',
      'POST',
      `/experiments/${experiment.id}/evaluation`,
      {
        doneAsPlanned: 'yes',
        comparedWithPrediction: 'Sneller dan gedacht.',
        learned: 'Het netwerk kent de weg.',
        decision: 'adopted',
      },
    );
    expect(evaluated.statusCode).toBe(200);

    const list = await world.request('professional', {
      method: 'GET',
      url: '/api/me/notifications',
    });
    const about = list
      .json()
      .notifications.filter(
        (item: { content: { kind: string } }) => item.content.kind === 'experiment_status_changed',
      );
    // One notification, holding the latest news, unread.
    expect(about).toEqual([
      expect.objectContaining({
        readAt: null,
        content: expect.objectContaining({ status: 'adopted' }),
      }),
    ]);
    expect(await mailsTo(world.users.professional)).toHaveLength(1);

    // News about the same experiment after the quarter of an hour is news of its own.
    await query(`UPDATE notification SET created_at = now() - interval '16 minutes'`);
    const next = await experimentWithProfessional();
    await next.move('planned');
    expect(
      await query(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1`, [
        world.users.professional,
      ]),
    ).toEqual([{ n: 2 }]);
    expect(await mailsTo(world.users.professional)).toHaveLength(2);
  });

  it('unsubscribes from exactly one kind with the link in the mail, without logging in', async () => {
    const experiment = await experimentWithProfessional();
    await experiment.move('planned');
    const [mail] = await mailsTo(world.users.professional);
    expect(mail.headers).toMatchObject({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    const oneClick = new URL(/^<(.+)>$/.exec(mail.headers?.['List-Unsubscribe'] ?? '')?.[1] ?? '');
    expect(oneClick.searchParams.get('kind')).toBe('experiment_status_changed');
    expect(mail.text).toContain(`/afmelden?${oneClick.search.slice(1)}`);

    // As a mail program does it: a form post, no cookie, no CSRF token.
    const post = (search: string) =>
      app.inject({
        method: 'POST',
        url: `/api/notifications/unsubscribe${search}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
    const forged = oneClick.search.replace(
      /token=([0-9a-f])/,
      (_, first: string) => `token=${first === '0' ? '1' : '0'}`,
    );
    expect((await post(forged)).statusCode).toBe(404);
    const wrongKind = await post(oneClick.search.replace('experiment_status_changed', 'alles'));
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().fields[0].field).toBe('kind');

    const done = await post(oneClick.search);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ kind: 'experiment_status_changed', choice: 'off' });

    const preferences = await world.request('professional', {
      method: 'GET',
      url: '/api/me/notifications/preferences',
    });
    // Exactly that preference: every other kind still follows the default.
    const { default: fallback, kinds } = preferences.json();
    expect(fallback).toBe('each');
    expect(Object.entries(kinds).filter(([, choice]) => choice !== null)).toEqual([
      ['experiment_status_changed', 'off'],
    ]);
    // In the app the news still comes; by mail no more.
    await experiment.move('running');
    await query(`UPDATE notification SET created_at = now() - interval '16 minutes'`);
    await experiment.move('evaluating');
    expect(await mailsTo(world.users.professional)).toHaveLength(1);
  });

  it('lets a person choose per kind, and refuses a kind or choice it does not know', async () => {
    const changed = await world.request('professional', {
      method: 'PUT',
      url: '/api/me/notifications/preferences',
      payload: { kinds: { experiment_status_changed: 'off', module_assigned: 'daily_digest' } },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().kinds).toMatchObject({
      experiment_status_changed: 'off',
      module_assigned: 'daily_digest',
    });
    const back = await world.request('professional', {
      method: 'PUT',
      url: '/api/me/notifications/preferences',
      payload: { kinds: { experiment_status_changed: null } },
    });
    expect(back.json().kinds).toMatchObject({
      experiment_status_changed: null,
      module_assigned: 'daily_digest',
    });

    const bad = await world.request('professional', {
      method: 'PUT',
      url: '/api/me/notifications/preferences',
      payload: { kinds: { alles: 'off', module_assigned: 'soms' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .fields.map((field: { field: string }) => field.field)
        .sort(),
    ).toEqual(['kinds.alles', 'kinds.module_assigned']);
    expect(
      await query(`SELECT kind, choice FROM notification_preference WHERE user_id = $1`, [
        world.users.professional,
      ]),
    ).toEqual([{ kind: 'module_assigned', choice: 'daily_digest' }]);
  });

  it('puts what someone was notified of and their mail choices in their data export, not their token', async () => {
    const experiment = await experimentWithProfessional();
    await experiment.move('planned');
    await world.request('professional', {
      method: 'PUT',
      url: '/api/me/notifications/preferences',
      payload: { kinds: { why_question_answered: 'off' } },
    });
    const [{ token }] = await query(`SELECT token FROM unsubscribe_token WHERE user_id = $1`, [
      world.users.professional,
    ]);

    const exported = await world.request('professional', { method: 'GET', url: '/api/me/export' });

    expect(exported.json().notifications).toEqual({
      received: [
        expect.objectContaining({
          content: expect.objectContaining({
            kind: 'experiment_status_changed',
            status: 'planned',
          }),
          readAt: null,
        }),
      ],
      mailPerKind: [{ kind: 'why_question_answered', choice: 'off' }],
    });
    expect(exported.body).not.toContain(token);
  });

  it('lists by kind, a page at a time, and marks one read', async () => {
    for (let index = 0; index < 3; index += 1) {
      const experiment = await experimentWithProfessional();
      await experiment.move('planned');
    }
    const first = await world.request('professional', {
      method: 'GET',
      url: '/api/me/notifications?kind=experiment_status_changed&limit=2',
    });
    expect(first.json()).toMatchObject({ unread: 3, more: true });
    const [newest, second] = first.json().notifications;
    const rest = await world.request('professional', {
      method: 'GET',
      url: `/api/me/notifications?kind=experiment_status_changed&limit=2&before=${encodeURIComponent(second.updatedAt)}`,
    });
    expect(rest.json()).toMatchObject({ more: false });
    expect(rest.json().notifications).toHaveLength(1);
    const none = await world.request('professional', {
      method: 'GET',
      url: '/api/me/notifications?kind=module_assigned',
    });
    expect(none.json().notifications).toEqual([]);

    await world.request('professional', {
      method: 'POST',
      url: '/api/me/notifications/read',
      payload: { ids: [newest.id] },
    });
    const after = await world.request('professional', {
      method: 'GET',
      url: '/api/me/notifications',
    });
    expect(after.json().unread).toBe(2);

    const badLimit = await world.request('professional', {
      method: 'GET',
      url: '/api/me/notifications?limit=1000',
    });
    expect(badLimit.statusCode).toBe(400);
    expect(badLimit.json().fields[0].field).toBe('limit');
  });
});
