import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { selectRows } from '@leerruimte/api-infrastructure';
import { appPaths, link } from '@leerruimte/shared-paths';
import type { LearningModule, Lesson } from '../catalogue/catalogue.entities';
import { Certificates } from '../certificates/certificates';
import { XapiStatements } from '../xapi/xapi';
import { moduleIsComplete } from './completion-rules';
import { completeModule, completedCount } from './progress.queries';
import { LESSON_TIME, minutesOf } from './learning-time';

export interface ModuleOutcome {
  completedLessons: number;
  moduleCompleted: boolean;
  /** The certificate this step earned; null when it earned none. */
  certificateId: string | null;
}

/**
 * A module's completion rules, in one place: every current lesson complete and, when the module
 * has one, its closing test passed. The step that meets them completes the module, states it in
 * xAPI and issues the certificate, in the caller's transaction.
 */
@Injectable()
export class ModuleCompletion {
  constructor(
    private readonly certificates: Certificates,
    private readonly xapi: XapiStatements,
  ) {}

  async completeIfDone(
    manager: EntityManager,
    step: { userId: string; learningModule: LearningModule; lessons: Lesson[]; now: Date },
    statements: string[],
  ): Promise<ModuleOutcome> {
    const { userId, learningModule, lessons, now } = step;
    const completedLessons = await completedCount(
      manager,
      userId,
      lessons.map((lesson) => lesson.id),
    );
    const passed = learningModule.closingTest
      ? await bestPassedScore(manager, userId, learningModule.id)
      : null;
    const done = moduleIsComplete({
      lessonCount: lessons.length,
      completedLessons,
      hasClosingTest: learningModule.closingTest !== null,
      closingTestPassed: passed !== null,
    });
    if (!done) return { completedLessons, moduleCompleted: false, certificateId: null };
    if (await completeModule(manager, userId, learningModule.id, now)) {
      statements.push(
        await this.xapi.record(manager, {
          userId,
          kind: 'module',
          path: link(appPaths.module, { moduleSlug: learningModule.slug }),
          name: learningModule.title,
          minutes: await moduleMinutes(manager, userId, learningModule.id),
          at: now,
        }),
      );
    } else if (await hasCertificate(manager, userId, learningModule.id)) {
      return { completedLessons, moduleCompleted: true, certificateId: null };
    }
    // Newly complete, or completed before certificates existed: earned now, once.
    const certificate = await this.certificates.issue(manager, {
      userId,
      learningModule,
      completedAt: now,
      scorePercent: passed,
    });
    statements.push(
      await this.xapi.record(manager, {
        userId,
        kind: 'certificate',
        verb: 'earned',
        path: link(appPaths.certificateVerification, { code: certificate.verificationCode }),
        name: `Certificaat ${learningModule.title}`,
        at: now,
      }),
    );
    return { completedLessons, moduleCompleted: true, certificateId: certificate.id };
  }
}

/** The best passing score of the person's tries at the module's test; null when none passed. */
async function bestPassedScore(manager: EntityManager, userId: string, moduleId: string) {
  const [row] = await selectRows(
    manager,
    z.object({ best: z.number().nullable() }),
    `SELECT max(score_percent)::int AS best FROM closing_test_attempt
      WHERE user_id = $1 AND module_id = $2 AND passed`,
    [userId, moduleId],
  );
  return row.best;
}

async function hasCertificate(manager: EntityManager, userId: string, moduleId: string) {
  const [row] = await selectRows(
    manager,
    z.object({ found: z.boolean() }),
    `SELECT EXISTS (SELECT 1 FROM certificate WHERE user_id = $1 AND module_id = $2) AS found`,
    [userId, moduleId],
  );
  return row.found;
}

async function moduleMinutes(manager: EntityManager, userId: string, moduleId: string) {
  const [row] = await selectRows(
    manager,
    z.object({ seconds: z.number() }),
    `SELECT coalesce(sum(t.seconds), 0)::int AS seconds FROM ${LESSON_TIME} t
       JOIN lesson l ON l.id = t.lesson_id WHERE t.user_id = $1 AND l.module_id = $2`,
    [userId, moduleId],
  );
  return minutesOf(row.seconds);
}
