import { type TestContext, createTestContext } from '@leerruimte/api-infrastructure/testing';
import { identityFactories } from '@leerruimte/api-identity-data/testing';
import { NotificationsWorkerModule } from './notifications.module';
import { NotificationDigestJob } from './notification-digest.job';
import { Notifier } from './notifier';

describe(NotificationDigestJob.name, () => {
  let ctx: TestContext;
  const query = (sql: string, params: unknown[] = []) => ctx.dataSource.query(sql, params);
  // Each its own moment: news about one moment within 15 minutes would be bundled into one.
  let moments = 0;
  const prompt = (question: string) => ({
    kind: 'reflection_prompt' as const,
    occurrenceId: `00000000-0000-4000-8000-${String(++moments).padStart(12, '0')}`,
    question,
    teamName: 'Noord',
    closesAt: '2099-01-01T00:00:00.000Z',
  });

  beforeAll(async () => {
    ctx = await createTestContext({ imports: [NotificationsWorkerModule] });
  });

  afterAll(() => ctx.close());

  it('mails one overview of the news since the last one, once, only to who chose it', async () => {
    const identity = identityFactories(ctx.dataSource);
    const digest = await identity.person('Dina', {
      email: 'dina@test.test',
      emailNotifications: 'daily_digest',
    });
    const each = await identity.person('Eef');
    const notifier = ctx.app.get(Notifier);
    await notifier.notify([digest, each], prompt('Wat leerde je vandaag?'));
    await notifier.notify([digest], prompt('Wat liet je los?'));
    const job = ctx.app.get(NotificationDigestJob);

    await Promise.all([job.send(), job.send()]);

    const mails = await query(`SELECT recipient, subject, text FROM outbox_message`);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      recipient: 'dina@test.test',
      subject: 'Je overzicht van vandaag in Leerruimte',
    });
    expect(mails[0].text).toContain('• Reflectievraag van Noord: Wat leerde je vandaag?');
    expect(mails[0].text).toContain('• Reflectievraag van Noord: Wat liet je los?');

    await job.send();
    expect(await query(`SELECT count(*)::int AS n FROM outbox_message`)).toEqual([{ n: 1 }]);

    await notifier.notify([digest], prompt('Wie miste er aan tafel?'));
    await job.send();
    const [latest] = await query(
      `SELECT text FROM outbox_message ORDER BY created_at DESC LIMIT 1`,
    );
    expect(latest.text).toContain('Wie miste er aan tafel?');
    expect(latest.text).not.toContain('Wat liet je los?');
  });
});
