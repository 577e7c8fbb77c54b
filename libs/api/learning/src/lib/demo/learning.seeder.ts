import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { DemoSeed, type DemoSeeder, selectRow } from '@leerruimte/api-infrastructure';
import { LearningModule, Lesson } from '../catalogue/catalogue.entities';

interface DemoLearner {
  email: string;
  moduleSlug: string;
  /** Completes this many lessons from the start and opens the next one. */
  lessonsDone: number;
  /** Answers to the first reflection question of each completed lesson, in order. */
  reflections: string[];
}

/** Wijkteam Noord and Centrum on their way: modules in progress, one completed, journal answers. */
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
    email: 'pieter.devries@voorbeeldstad.test',
    moduleSlug: 'interprofessioneel-werken',
    lessonsDone: 3,
    reflections: [],
  },
];

/** Runs after the identity seeder and needs the imported content (npm start imports it first). */
@DemoSeed({ name: 'learning: progress in Voorbeeldstad', order: 20 })
@Injectable()
export class LearningSeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    const day = 24 * 3_600_000;
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
      const completedAt = done.length === lessons.length ? new Date(Date.now() - 2 * day) : null;
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
        const when = new Date(started.getTime() + (position + 1) * day);
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
    }
  }
}
