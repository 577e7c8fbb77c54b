import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { DemoSeed, type DemoSeeder, selectRow } from '@leerruimte/api-infrastructure';
import { randomUUID } from 'node:crypto';
import { LearningModule, Lesson } from '../catalogue/catalogue.entities';
import { Certificate, ModuleAccreditation } from '../certificates/certificate.entity';
import { newVerificationCode } from '../certificates/certificates';
import { SLOT_SECONDS, slotStart } from '../progress/learning-time';
import { CheckAnswer, ClosingTestAttempt } from '../progress/progress.entities';

interface DemoLearner {
  email: string;
  moduleSlug: string;
  /** Completes this many lessons from the start and opens the next one. */
  lessonsDone: number;
  /** Answers to the first reflection question of each completed lesson, in order. */
  reflections: string[];
  /** With every lesson done: whether the closing test is passed (the default) or still to do. */
  closingTest?: 'passed' | 'open';
}

/**
 * Wijkteam Noord and Centrum on their way: modules in progress with real reading time, one
 * completed with its closing test and certificate, journal answers.
 */
const learners: DemoLearner[] = [
  {
    email: 'fatma.yilmaz@voorbeeldstad.test',
    moduleSlug: 'leren-van-casuistiek',
    lessonsDone: 2,
    reflections: [
      'Ik begon bij meneer K. meteen met het aanvraagformulier, omdat dat zo hoort. Achteraf had ik eerst moeten vragen wat hij zelf wilde.',
      'Het dilemma: zijn dochter wil dat we meer regelen, hij wil juist minder hulp. Wie volg ik?',
    ],
  },
  {
    email: 'samira.elamrani@voorbeeldstad.test',
    moduleSlug: 'ruimte-voor-ontwikkeling',
    lessonsDone: Number.POSITIVE_INFINITY,
    reflections: [
      'In het teamoverleg praten we vooral over planning, nauwelijks over wat we leren.',
    ],
  },
  {
    email: 'samira.elamrani@voorbeeldstad.test',
    moduleSlug: 'bewust-leren',
    lessonsDone: 1,
    reflections: ['Na huisbezoeken schrijf ik alleen de rapportage; terugkijken doe ik niet.'],
  },
  {
    email: 'joost.visser@voorbeeldstad.test',
    moduleSlug: 'leren-van-experimenten',
    lessonsDone: 1,
    reflections: ['We lopen vast bij gezinnen die afspraken steeds afzeggen.'],
  },
  {
    email: 'lotte.bakker@voorbeeldstad.test',
    moduleSlug: 'bewust-leren',
    lessonsDone: Number.POSITIVE_INFINITY,
    reflections: ['Na een gesprek in de jongerenruimte kijk ik op de fiets terug.'],
    closingTest: 'open',
  },
  {
    email: 'pieter.devries@voorbeeldstad.test',
    moduleSlug: 'interprofessioneel-werken',
    lessonsDone: 3,
    reflections: [],
  },
];

/** The organisation's accreditations (made-up numbers), so certificates show them. */
const accreditations = [
  {
    moduleSlug: 'ruimte-voor-ontwikkeling',
    register: 'registerplein',
    accreditationNumber: 'RP-DEMO-2026-0417',
    points: 4,
  },
  {
    moduleSlug: 'bewust-leren',
    register: 'skj',
    accreditationNumber: 'SKJ-DEMO-2026-1180',
    points: 3,
  },
] as const;

/** Runs after the identity seeder and needs the imported content (npm start imports it first). */
@DemoSeed({ name: 'learning: progress in Voorbeeldstad', order: 20 })
@Injectable()
export class LearningSeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    const day = 24 * 3_600_000;
    const organisation = await selectRow(
      manager,
      z.object({ id: z.string() }),
      `SELECT id FROM organisation WHERE name = 'Gemeente Voorbeeldstad'`,
    );
    for (const { moduleSlug, ...accreditation } of accreditations) {
      const accredited = await manager.findOneBy(LearningModule, { slug: moduleSlug });
      if (organisation && accredited) {
        await manager.insert(ModuleAccreditation, {
          organisationId: organisation.id,
          moduleId: accredited.id,
          ...accreditation,
        });
      }
    }
    for (const [index, learner] of learners.entries()) {
      const user = await selectRow(
        manager,
        z.object({ id: z.string() }),
        `SELECT id FROM app_user WHERE email = $1`,
        [learner.email],
      );
      const learningModule = await manager.findOneBy(LearningModule, { slug: learner.moduleSlug });
      if (!user || !learningModule) {
        throw new Error(
          `Demo learning data needs ${learner.email} and module ${learner.moduleSlug}: ` +
            'seed the identity demo data and import the content first (npm start does both).',
        );
      }
      const lessons = await manager.find(Lesson, {
        where: { moduleId: learningModule.id },
        order: { position: 'ASC' },
      });
      const done = lessons.slice(0, learner.lessonsDone);
      const started = new Date(Date.now() - (14 - index) * day);
      const lastOpened = lessons[Math.min(done.length, lessons.length - 1)];
      const completedAt =
        done.length === lessons.length && learner.closingTest !== 'open'
          ? new Date(Date.now() - 2 * day)
          : null;
      await manager.query(
        `INSERT INTO module_enrolment
           (user_id, module_id, started_at, last_lesson_id, last_opened_at, completed_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          user.id,
          learningModule.id,
          started,
          lastOpened.id,
          new Date(Date.now() - day),
          completedAt,
        ],
      );
      for (const [position, lesson] of done.entries()) {
        // Each learner's modules at their own hour of the day, so reading never overlaps.
        const when = new Date(started.getTime() + (position + 1) * day + index * 2 * 3_600_000);
        await readLesson(manager, user.id, lesson, when, 0.7 + ((index + position) % 4) * 0.15);
        await manager.query(
          `INSERT INTO lesson_completion (user_id, lesson_id, completed_at) VALUES ($1, $2, $3)`,
          [user.id, lesson.id, when],
        );
        const reflection = lesson.blocks.find((block) => block.kind === 'reflection');
        const answer = learner.reflections[position];
        if (reflection?.kind === 'reflection' && answer) {
          await manager.query(
            `INSERT INTO journal_entry (user_id, lesson_id, block_id, answer, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $5)`,
            [user.id, lesson.id, reflection.id, answer, when],
          );
        }
      }
      // The lesson opened next was read for a while, not finished.
      if (done.length < lessons.length) {
        await readLesson(manager, user.id, lastOpened, new Date(Date.now() - day), 0.4);
      }
      if (completedAt) await passClosingTest(manager, user.id, learningModule, completedAt);
    }
  }
}

/**
 * Active reading of a lesson from `from`: `share` of its estimated minutes in half-minute slots,
 * and each knowledge check answered correctly, as the completion rule asks.
 */
async function readLesson(
  manager: EntityManager,
  userId: string,
  lesson: Lesson,
  from: Date,
  share: number,
) {
  const slots = Math.round(lesson.minutes * share * (60 / SLOT_SECONDS));
  await manager.query(
    `INSERT INTO learning_time_slot (user_id, slot_start, lesson_id, visit_id)
     SELECT $1, $2::timestamptz + make_interval(secs => n * $5), $3, $4
       FROM generate_series(0, $6 - 1) AS n
     ON CONFLICT (user_id, slot_start) DO NOTHING`,
    [userId, slotStart(from), lesson.id, randomUUID(), SLOT_SECONDS, slots],
  );
  for (const block of lesson.blocks) {
    if (block.kind !== 'check') continue;
    await manager.insert(CheckAnswer, {
      userId,
      lessonId: lesson.id,
      blockId: block.id,
      optionIndex: block.options.findIndex((option) => option.correct),
      correct: true,
      answeredAt: from,
    });
  }
}

/** A passed closing test and its certificate; the worker makes the PDF when it starts. */
async function passClosingTest(
  manager: EntityManager,
  userId: string,
  learningModule: LearningModule,
  passedAt: Date,
) {
  const test = learningModule.closingTest;
  if (!test) return;
  // One wrong answer: a real pass, not a perfect score.
  const answers = Object.fromEntries(
    test.questions.map((question, index) => [
      question.id,
      question.options.findIndex((option) => option.correct === (index !== 0)),
    ]),
  );
  const correctCount = test.questions.length - 1;
  const scorePercent = Math.round((100 * correctCount) / test.questions.length);
  await manager.insert(ClosingTestAttempt, {
    userId,
    moduleId: learningModule.id,
    moduleVersion: learningModule.version,
    answers,
    correctCount,
    questionCount: test.questions.length,
    scorePercent,
    passed: true,
    takenAt: passedAt,
  });
  const holder = await selectRow(
    manager,
    z.object({ name: z.string() }),
    'SELECT name FROM app_user WHERE id = $1',
    [userId],
  );
  if (!holder) throw new Error(`No demo person ${userId}`);
  const accreditation = await manager.findOneBy(ModuleAccreditation, {
    moduleId: learningModule.id,
  });
  await manager.insert(Certificate, {
    userId,
    moduleId: learningModule.id,
    verificationCode: newVerificationCode(),
    holderName: holder.name,
    moduleTitle: learningModule.title,
    moduleSlug: learningModule.slug,
    moduleVersion: learningModule.version,
    studyLoadMinutes: learningModule.studyLoadMinutes,
    completedAt: passedAt,
    issuedAt: passedAt,
    scorePercent,
    register: accreditation?.register ?? null,
    accreditationNumber: accreditation?.accreditationNumber ?? null,
    points: accreditation?.points ?? null,
  });
}
