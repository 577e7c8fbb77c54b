import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@leerruimte/api-core';
import { JobName, QueueName, createDataSourceOptions } from '@leerruimte/api-infrastructure';
import {
  deleteRedisKeys,
  eventually,
  migrateTestDatabase,
  testConfig,
  truncateAllTables,
} from '@leerruimte/api-infrastructure/testing';

/**
 * Reminders, with real worker processes (the build in dist/, as `npm start` runs it) on this
 * run's database and Redis prefix: two workers running the job at once, then both gone (one
 * killed) and a new one started that runs it again. Each person is reminded once: before an
 * assignment is due, and the day before a training session.
 */
const WORKER = 'dist/apps/worker/main.js';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('reminders across workers', () => {
  let config: AppConfig;
  let dataSource: DataSource;
  let redis: Redis;
  let queue: Queue;
  let trainingsQueue: Queue;
  const workers: ChildProcess[] = [];
  const query = (sql: string, params: unknown[] = []) => dataSource.query(sql, params);

  async function startWorker(): Promise<ChildProcess> {
    const worker = spawn(process.execPath, [WORKER], {
      env: {
        ...process.env,
        DATABASE_URL: config.database.url,
        WORKER_PORT: String(await freePort()),
        LOG_LEVEL: 'error',
        SMTP_URL: '',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    // A worker that cannot start says why, instead of a test that only times out.
    worker.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    workers.push(worker);
    return worker;
  }

  async function stop(worker: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (worker.exitCode !== null || worker.signalCode !== null) return;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.kill(signal);
    await exited;
  }

  /** A team Noord and three people, Ann, Bo and Cas (not yet in it); returns the team's id. */
  async function teamWithAnnBoAndCas(): Promise<string> {
    const [{ id: organisationId }] = await query(
      `INSERT INTO organisation (name) VALUES ('Gemeente Training') RETURNING id`,
    );
    const [{ id: teamId }] = await query(
      `INSERT INTO team (organisation_id, name) VALUES ($1, 'Noord') RETURNING id`,
      [organisationId],
    );
    await query(
      `INSERT INTO app_user (email, name, password_hash)
       SELECT lower(name) || '@test.test', name, '' FROM unnest('{Ann,Bo,Cas}'::text[]) AS name`,
    );
    return teamId;
  }

  /** Runs an hourly reminder job now, as its scheduler would, and waits until it is done. */
  async function runJobs(
    on: Queue,
    name: JobName.AssignmentDueReminders | JobName.TrainingFollowUps,
    ...runs: string[]
  ): Promise<void> {
    const jobs = await Promise.all(runs.map((run) => on.add(name, {}, { jobId: run })));
    await eventually(async () => {
      for (const job of jobs) expect(await job.getState()).toBe('completed');
    }, 60_000);
  }

  const reminded = () =>
    query(
      `SELECT u.name,
              (SELECT count(*)::int FROM assignment_reminder r WHERE r.user_id = u.id) AS reminders,
              (SELECT count(*)::int FROM notification n
                WHERE n.user_id = u.id AND n.content->>'kind' = 'assignment_due_soon')
                AS notifications,
              (SELECT count(*)::int FROM outbox_message m WHERE m.recipient = u.email) AS mails
         FROM app_user u ORDER BY u.name`,
    );

  beforeAll(async () => {
    if (!existsSync(WORKER)) {
      throw new Error(`${WORKER} is missing: build the worker first (npm test does)`);
    }
    config = testConfig();
    await migrateTestDatabase(config);
    dataSource = new DataSource(
      createDataSourceOptions({ ...config.database, applicationName: 'leerruimte-test' }),
    );
    await dataSource.initialize();
    redis = new Redis(config.redis.url, { maxRetriesPerRequest: null });
    queue = new Queue(QueueName.Learning, { connection: redis, prefix: config.redis.keyPrefix });
    trainingsQueue = new Queue(QueueName.Trainings, {
      connection: redis,
      prefix: config.redis.keyPrefix,
    });
  });

  beforeEach(async () => {
    await truncateAllTables(dataSource);
    await deleteRedisKeys(redis, `${config.redis.keyPrefix}:*`);
  });

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => stop(worker, 'SIGKILL')));
  });

  afterAll(async () => {
    await queue.close();
    await trainingsQueue.close();
    await dataSource.destroy();
    redis.disconnect();
  });

  it('reminds each person of an assignment once, with two workers, after one is killed and another starts', async () => {
    // Due today in Amsterdam, assigned ten days ago: whenever the test runs, the reminder is due.
    const today = DateTime.now().setZone('Europe/Amsterdam');
    const [{ id: organisationId }] = await query(
      `INSERT INTO organisation (name) VALUES ('Gemeente Herinnering') RETURNING id`,
    );
    const [{ id: teamId }] = await query(
      `INSERT INTO team (organisation_id, name) VALUES ($1, 'Noord') RETURNING id`,
      [organisationId],
    );
    const [{ id: moduleId }] = await query(
      `INSERT INTO learning_module (slug, title, summary, audience, themes, learning_goals,
                                    version, position, estimated_minutes)
       VALUES ('bewust-leren', 'Bewust leren', '', '', '{}', '[]', 1, 1, 30) RETURNING id`,
    );
    await query(
      `INSERT INTO app_user (email, name, password_hash)
       SELECT lower(name) || '@test.test', name, '' FROM unnest('{Ann,Bo,Cas}'::text[]) AS name`,
    );
    await query(
      `INSERT INTO team_membership (team_id, user_id, role)
       SELECT $1, id, 'professional' FROM app_user`,
      [teamId],
    );
    const [{ id: assignmentId }] = await query(
      `INSERT INTO module_assignment (team_id, module_id, due_date, whole_team, created_at)
       VALUES ($1, $2, $3, true, $4) RETURNING id`,
      [teamId, moduleId, today.toISODate(), today.minus({ days: 10 }).toJSDate()],
    );
    await query(
      `INSERT INTO module_assignment_member (assignment_id, user_id) SELECT $1, id FROM app_user`,
      [assignmentId],
    );
    // Cas completed the module.
    await query(
      `INSERT INTO module_enrolment (user_id, module_id, started_at, last_opened_at, completed_at)
       SELECT id, $1, now(), now(), now() FROM app_user WHERE name = 'Cas'`,
      [moduleId],
    );

    const first = await startWorker();
    const second = await startWorker();
    // Each worker puts the hourly schedule in place at start (the same one, by its id).
    await eventually(async () => {
      expect(await queue.getJobScheduler('assignment-due-reminders')).toMatchObject({
        pattern: '0 9-17 * * 1-5',
        tz: 'Europe/Amsterdam',
      });
    }, 60_000);
    await runJobs(queue, JobName.AssignmentDueReminders, 'run-1', 'run-2', 'run-3');

    // One worker dies, the other is stopped; a new one starts and the job runs again.
    await stop(first, 'SIGKILL');
    await stop(second);
    await startWorker();
    await runJobs(queue, JobName.AssignmentDueReminders, 'after-restart');

    const once = { reminders: 1, notifications: 1, mails: 1 };
    await eventually(async () =>
      expect(await reminded()).toEqual([
        { name: 'Ann', ...once },
        { name: 'Bo', ...once },
        { name: 'Cas', reminders: 0, notifications: 0, mails: 0 },
      ]),
    );
  }, 180_000);

  it("reminds of tomorrow's session, asks who attended to evaluate and closes a past register once, across workers and a restart", async () => {
    const tomorrow = DateTime.now().setZone('Europe/Amsterdam').plus({ days: 1 }).set({ hour: 13 });
    const teamId = await teamWithAnnBoAndCas();
    const [{ id: trainingId }] = await query(
      `INSERT INTO training (team_id, title, trainers) VALUES ($1, 'Hollen of stilstaan', '{Trainer}')
       RETURNING id`,
      [teamId],
    );
    const [{ id: sessionId }] = await query(
      `INSERT INTO training_session (training_id, date, start_time, end_time, starts_at, ends_at,
                                     place, capacity, booked)
       VALUES ($1, $2, '13:00', '16:00', $3, $4, 'Stadskantoor', 1, 1) RETURNING id`,
      [
        trainingId,
        tomorrow.toISODate(),
        tomorrow.toJSDate(),
        tomorrow.plus({ hours: 3 }).toJSDate(),
      ],
    );
    // Ann has the place, Bo waits for it, Cas cancelled.
    await query(
      `INSERT INTO training_enrolment (session_id, user_id, state, queued_at)
       SELECT $1, id, CASE name WHEN 'Ann' THEN 'booked' WHEN 'Bo' THEN 'waiting'
                                ELSE 'cancelled' END, now()
         FROM app_user`,
      [sessionId],
    );

    // Three days ago: Bo was booked and nobody marked him; Cas was there.
    const past = tomorrow.minus({ days: 4 });
    const [{ id: pastSessionId }] = await query(
      `INSERT INTO training_session (training_id, date, start_time, end_time, starts_at, ends_at,
                                     place, capacity, booked)
       VALUES ($1, $2, '13:00', '16:00', $3, $4, 'Stadskantoor', 5, 2) RETURNING id`,
      [trainingId, past.toISODate(), past.toJSDate(), past.plus({ hours: 3 }).toJSDate()],
    );
    await query(
      `INSERT INTO training_enrolment (session_id, user_id, state, queued_at, attended_minutes)
       SELECT $1, id, CASE name WHEN 'Bo' THEN 'booked' ELSE 'attended' END, now(),
              CASE name WHEN 'Bo' THEN NULL ELSE 180 END
         FROM app_user WHERE name IN ('Bo', 'Cas')`,
      [pastSessionId],
    );

    const first = await startWorker();
    const second = await startWorker();
    await eventually(async () => {
      expect(await trainingsQueue.getJobScheduler('training-follow-ups')).toMatchObject({
        pattern: '0 9-20 * * *',
        tz: 'Europe/Amsterdam',
      });
    }, 60_000);
    await runJobs(trainingsQueue, JobName.TrainingFollowUps, 'run-1', 'run-2', 'run-3');
    await stop(first, 'SIGKILL');
    await stop(second);
    await startWorker();
    await runJobs(trainingsQueue, JobName.TrainingFollowUps, 'after-restart');

    const mails = await query(`SELECT recipient, subject FROM outbox_message ORDER BY recipient`);
    expect(mails).toEqual([
      { recipient: 'ann@test.test', subject: 'Morgen: Hollen of stilstaan' },
      { recipient: 'bo@test.test', subject: 'Afwezig genoteerd: Hollen of stilstaan' },
      { recipient: 'cas@test.test', subject: 'Hoe was het? Hollen of stilstaan' },
    ]);
    expect(
      await query(
        `SELECT u.name, e.state, e.attended_minutes,
                (SELECT count(*)::int FROM training_enrolment_event ev WHERE ev.enrolment_id = e.id)
                  AS events
           FROM training_enrolment e JOIN app_user u ON u.id = e.user_id
          WHERE e.session_id = $1 ORDER BY u.name`,
        [pastSessionId],
      ),
    ).toEqual([
      { name: 'Bo', state: 'no_show', attended_minutes: 0, events: 1 },
      { name: 'Cas', state: 'attended', attended_minutes: 180, events: 0 },
    ]);
  }, 180_000);

  it("plans a training's follow-up question once, across two workers, and it reaches only who attended", async () => {
    const teamId = await teamWithAnnBoAndCas();
    await query(
      `INSERT INTO team_membership (team_id, user_id, role)
       SELECT $1, id, CASE name WHEN 'Ann' THEN 'team_lead' ELSE 'professional' END FROM app_user`,
      [teamId],
    );
    // Ten days ago, with the question five days after: its day has passed while nothing ran.
    const day = DateTime.now().setZone('Europe/Amsterdam').minus({ days: 10 }).set({ hour: 13 });
    const [{ id: trainingId }] = await query(
      `INSERT INTO training (team_id, title, trainers, follow_up_question, follow_up_days,
                             planned_by_id)
       VALUES ($1, 'Hollen of stilstaan', '{Trainer}', 'Wat doe je sinds de training anders?', 5,
               (SELECT id FROM app_user WHERE name = 'Ann'))
       RETURNING id`,
      [teamId],
    );
    const [{ id: sessionId }] = await query(
      `INSERT INTO training_session (training_id, date, start_time, end_time, starts_at, ends_at,
                                     place, capacity, booked)
       VALUES ($1, $2, '13:00', '16:00', $3, $4, 'Stadskantoor', 5, 2) RETURNING id`,
      [trainingId, day.toISODate(), day.toJSDate(), day.plus({ hours: 3 }).toJSDate()],
    );
    await query(
      `INSERT INTO training_enrolment (session_id, user_id, state, queued_at, attended_minutes)
       SELECT $1, id, CASE name WHEN 'Bo' THEN 'no_show' ELSE 'attended' END, now(),
              CASE name WHEN 'Bo' THEN 0 ELSE 180 END
         FROM app_user WHERE name IN ('Bo', 'Cas')`,
      [sessionId],
    );

    // Each worker reconciles as it starts: both offer the follow-up at once.
    await startWorker();
    await startWorker();
    const delivered = () =>
      query(
        `SELECT DISTINCT u.name FROM reflection_delivery d JOIN app_user u ON u.id = d.user_id
          ORDER BY u.name`,
      );
    await eventually(async () => expect(await delivered()).toEqual([{ name: 'Cas' }]), 60_000);

    const moments = await query(
      `SELECT m.question, m.member_ids, m.status, u.name AS planned_by,
              (SELECT count(*)::int FROM reflection_occurrence o WHERE o.moment_id = m.id)
                AS occurrences
         FROM reflection_moment m JOIN app_user u ON u.id = m.created_by_id
        WHERE m.training_id = $1`,
      [trainingId],
    );
    const [{ id: cas }] = await query(`SELECT id FROM app_user WHERE name = 'Cas'`);
    expect(moments).toEqual([
      {
        question: 'Wat doe je sinds de training anders?',
        member_ids: [cas],
        status: expect.any(String),
        planned_by: 'Ann',
        occurrences: 1,
      },
    ]);
  }, 180_000);
});
