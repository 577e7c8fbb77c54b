import {
  type TestContext,
  createTestContext,
  eventually,
  truncateAllTables,
} from '@leerruimte/api-infrastructure/testing';
import { identityFactories } from '@leerruimte/api-identity-data/testing';
import type { EmailNotificationChoice } from '@leerruimte/shared-contracts';
import { learningFactories } from '../../../testing';
import { LearningWorkerModule } from '../../learning.module';
import { AssignmentDueReminders } from './assignment-due-reminders';

// Tuesday 8 December 2026, 09:00 in Amsterdam: the reminder time of what is due on Thursday.
const NINE = new Date('2026-12-08T08:00:00Z');
const JUST_BEFORE_NINE = new Date('2026-12-08T07:59:00Z');

describe('reminding assignees before a module is due', () => {
  let ctx: TestContext;
  let secondWorker: TestContext;
  let teamId: string;
  let moduleId: string;
  let people: Record<'ann' | 'bo' | 'cas' | 'dirk' | 'eva', string>;
  const query = (sql: string, params: unknown[] = []) => ctx.dataSource.query(sql, params);
  const reminders = (worker: TestContext = ctx) => worker.app.get(AssignmentDueReminders);

  const assignment = (
    dueDate: string,
    members: string[],
    createdAt = new Date('2026-12-01T09:00:00Z'),
  ) =>
    learningFactories(ctx.dataSource).assignment(teamId, moduleId, members, { dueDate, createdAt });

  const remindedOf = () =>
    query(
      `SELECT u.name, n.content->>'dueDate' AS due_date
         FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE n.content->>'kind' = 'assignment_due_soon'
        ORDER BY u.name, n.created_at`,
    );

  beforeAll(async () => {
    ctx = await createTestContext({ imports: [LearningWorkerModule], processJobs: true });
    // A second worker process against the same PostgreSQL and Redis.
    secondWorker = await createTestContext({ imports: [LearningWorkerModule], processJobs: true });
  });

  beforeEach(async () => {
    await truncateAllTables(ctx.dataSource);
    const identity = identityFactories(ctx.dataSource);
    const learning = learningFactories(ctx.dataSource);
    teamId = await identity.team(await identity.organisation('A'), 'Noord');
    ({ moduleId } = await learning.module('bewust-leren', 0, {
      title: 'Bewust leren',
      estimatedMinutes: 30,
    }));
    const person = async (name: string, mail: EmailNotificationChoice = 'each', inTeam = true) => {
      const id = await identity.person(name, {
        email: `${name.toLowerCase()}@test.test`,
        emailNotifications: mail,
      });
      if (inTeam) await identity.member(id, teamId);
      return id;
    };
    people = {
      ann: await person('Ann'),
      bo: await person('Bo'),
      cas: await person('Cas'),
      dirk: await person('Dirk', 'each', false),
      eva: await person('Eva', 'daily_digest'),
    };
    // Cas completed the module already.
    await learning.enrolment(people.cas, moduleId, { completedAt: new Date() });
  });

  afterAll(async () => {
    await secondWorker.close();
    await ctx.close();
  });

  it('reminds each assignee who has not completed the module once, however often and by however many workers it runs', async () => {
    const assignmentId = await assignment('2026-12-10', Object.values(people));

    const counts = await Promise.all([
      reminders().remind(NINE),
      reminders(secondWorker).remind(NINE),
      reminders().remind(NINE),
    ]);
    await reminders(secondWorker).remind(new Date('2026-12-09T10:00:00Z'));

    // Not Cas, who completed it, nor Dirk, who left the team.
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(3);
    expect(await remindedOf()).toEqual([
      { name: 'Ann', due_date: '2026-12-10' },
      { name: 'Bo', due_date: '2026-12-10' },
      { name: 'Eva', due_date: '2026-12-10' },
    ]);
    const [{ content }] = await query(`SELECT content FROM notification WHERE user_id = $1`, [
      people.ann,
    ]);
    expect(content).toEqual({
      kind: 'assignment_due_soon',
      assignmentId,
      moduleSlug: 'bewust-leren',
      moduleTitle: 'Bewust leren',
      teamName: 'Noord',
      dueDate: '2026-12-10',
    });
    // A mail for who wants one per message; Eva reads it in her daily digest.
    await eventually(async () => {
      expect(
        await query(`SELECT recipient, subject FROM outbox_message ORDER BY recipient`),
      ).toEqual([
        {
          recipient: 'ann@test.test',
          subject: 'Herinnering: rond de module “Bewust leren” van Noord graag af vóór 10-12-2026.',
        },
        {
          recipient: 'bo@test.test',
          subject: 'Herinnering: rond de module “Bewust leren” van Noord graag af vóór 10-12-2026.',
        },
      ]);
    });
  });

  it('reminds of nothing before 09:00 two days ahead, nor of a date that has passed', async () => {
    await assignment('2026-12-10', [people.ann]);

    expect(await reminders().remind(JUST_BEFORE_NINE)).toBe(0);
    expect(await reminders().remind(new Date('2026-12-11T08:00:00Z'))).toBe(0);
    expect(await remindedOf()).toEqual([]);
  });

  it('reminds of nothing made after its reminder time, or withdrawn before it', async () => {
    // Given on Tuesday at 11:00, due Thursday: the assignment's own notification has the date.
    await assignment('2026-12-10', [people.ann], new Date('2026-12-08T10:00:00Z'));
    const withdrawn = await assignment('2026-12-10', [people.bo]);
    await query(`DELETE FROM module_assignment WHERE id = $1`, [withdrawn]);

    expect(await reminders().remind(new Date('2026-12-08T12:00:00Z'))).toBe(0);
    expect(await query(`SELECT count(*)::int AS n FROM assignment_reminder`)).toEqual([{ n: 0 }]);
  });

  it('reminds of a re-dated assignment at its new time, and again when it is postponed', async () => {
    const assignmentId = await assignment('2026-12-17', [people.ann]);
    expect(await reminders().remind(NINE)).toBe(0);

    await query(`UPDATE module_assignment SET due_date = '2026-12-10' WHERE id = $1`, [
      assignmentId,
    ]);
    expect(await reminders().remind(NINE)).toBe(1);

    await query(`UPDATE module_assignment SET due_date = '2026-12-17' WHERE id = $1`, [
      assignmentId,
    ]);
    expect(await reminders().remind(new Date('2026-12-15T07:59:00Z'))).toBe(0);
    expect(await reminders().remind(new Date('2026-12-15T08:00:00Z'))).toBe(1);
    expect(await reminders().remind(new Date('2026-12-16T08:00:00Z'))).toBe(0);
    expect(await remindedOf()).toEqual([
      { name: 'Ann', due_date: '2026-12-10' },
      { name: 'Ann', due_date: '2026-12-17' },
    ]);
  });
});
