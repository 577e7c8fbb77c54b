// Test data factories, imported as '@leerruimte/api-learning/testing' by tests only.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { insertRow } from '@leerruimte/api-infrastructure/testing';
import { ModuleAssignment, ModuleAssignmentMember } from './lib/assignments/assignment.entities';
import { LearningModule, Lesson } from './lib/catalogue/catalogue.entities';
import type { ClosingTestService } from './lib/closing-test/closing-test.service';
import type { ClosingTest } from './lib/content/content-tree';
import { SLOT_SECONDS } from './lib/progress/learning-time';
import { closingTestKey, optionOrder } from './lib/progress/option-order';
import type { ProgressService } from './lib/progress/progress.service';
import {
  JournalEntry,
  LearningTimeSlot,
  LessonCompletion,
  ModuleEnrolment,
} from './lib/progress/progress.entities';

let modules = 0;

/** Modules with lessons, and people's progress and assignments in them. */
export function learningFactories(db: DataSource) {
  return {
    /** A module with this many lessons of ten minutes, without content blocks. */
    module: async (
      slug = `module-${++modules}`,
      lessons = 1,
      values: Partial<LearningModule> = {},
    ) => {
      const moduleId = await insertRow(db, LearningModule, {
        slug,
        title: `Module ${slug}`,
        summary: '',
        audience: '',
        themes: [],
        learningGoals: [],
        version: 1,
        position: ++modules,
        estimatedMinutes: 10 * lessons,
        ...values,
      });
      const lessonIds: string[] = [];
      for (let position = 1; position <= lessons; position++) {
        lessonIds.push(
          await insertRow(db, Lesson, {
            moduleId,
            slug: `les-${position}`,
            title: `Les ${position}`,
            minutes: 10,
            position,
            blocks: [],
          }),
        );
      }
      return { moduleId, lessonIds };
    },
    /** One more lesson in a module, for a test that cares about its title or words. */
    lesson: (moduleId: string, slug: string, values: Partial<Lesson> = {}) =>
      insertRow(db, Lesson, {
        moduleId,
        slug,
        title: slug,
        minutes: 10,
        position: 1,
        blocks: [],
        ...values,
      }),
    enrolment: async (userId: string, moduleId: string, values: Partial<ModuleEnrolment> = {}) => {
      await insertRow(db, ModuleEnrolment, {
        userId,
        moduleId,
        startedAt: new Date(),
        lastOpenedAt: new Date(),
        ...values,
      });
    },
    completion: async (userId: string, lessonId: string, completedAt = new Date()) => {
      await insertRow(db, LessonCompletion, { userId, lessonId, completedAt });
    },
    /**
     * Active reading in a lesson: `slots` half minutes, the last one starting at `lastAt`
     * (the reader's heartbeats, as the reports and the portfolio count them).
     */
    activeTime: async (userId: string, lessonId: string, lastAt: Date, slots: number) => {
      for (let slot = 0; slot < slots; slot++) {
        await insertRow(db, LearningTimeSlot, {
          userId,
          lessonId,
          slotStart: new Date(lastAt.getTime() - slot * SLOT_SECONDS * 1000),
          visitId: randomUUID(),
        });
      }
    },
    /** A journal answer to a lesson's reflection block. */
    journalEntry: (userId: string, lessonId: string, answer: string, blockId = 'r1') =>
      insertRow(db, JournalEntry, { userId, lessonId, blockId, answer }),
    /** A module assigned in a team: to everyone, or to the people named. */
    assignment: async (
      teamId: string,
      moduleId: string,
      assignees: readonly string[] | 'whole team',
      values: Partial<ModuleAssignment> = {},
    ) => {
      const assignmentId = await insertRow(db, ModuleAssignment, {
        teamId,
        moduleId,
        wholeTeam: assignees === 'whole team',
        ...values,
      });
      for (const userId of assignees === 'whole team' ? [] : assignees) {
        await insertRow(db, ModuleAssignmentMember, { assignmentId, userId });
      }
      return assignmentId;
    },
  };
}

/**
 * Answers a lesson's knowledge checks right through the service, trying the options in the
 * learner's own order as they would: a lesson completes only then.
 */
export async function answerChecksRight(
  progress: ProgressService,
  userId: string,
  moduleSlug: string,
  lessonSlug: string,
  checkIds: readonly string[],
): Promise<void> {
  for (const checkId of checkIds) {
    for (let option = 0; option < 5; option++) {
      const result = await progress.answerCheck(userId, moduleSlug, lessonSlug, checkId, option);
      if (result.correct) break;
    }
  }
}

/** Passes a module's closing test with every answer right, in the learner's own order. */
export async function passClosingTest(
  tests: ClosingTestService,
  db: DataSource,
  userId: string,
  moduleSlug: string,
): Promise<void> {
  const module = await db.getRepository(LearningModule).findOneByOrFail({ slug: moduleSlug });
  const answers: Record<string, number> = {};
  for (const question of (module.closingTest as ClosingTest).questions) {
    const right = question.options.findIndex((option) => option.correct);
    answers[question.id] = optionOrder(
      userId,
      closingTestKey(module.id, question.id),
      question.options.length,
    ).indexOf(right);
  }
  await tests.submit(userId, moduleSlug, answers);
}
