import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { guardClientData } from '@leerruimte/api-core';
import type {
  CheckResult,
  LessonCompletionResult,
  MyLearning,
  Portfolio,
  ReflectionAnswer,
  ReflectionAnswerRequest,
  SelfAssessmentResult as SelfAssessmentResultView,
} from '@leerruimte/shared-contracts';
import { AssignmentsService } from '../assignments/assignments.service';
import { CatalogueService } from '../catalogue/catalogue.service';
import type { StoredBlock } from '../content/content-tree';
import { learningErrors } from '../learning.errors';
import { XapiStatements } from '../xapi/xapi';
import { SelfAssessmentResult } from './progress.entities';
import { appPaths, link } from '@leerruimte/shared-paths';

/** What a learner does in a lesson: open it, answer, check, complete. */
@Injectable()
export class ProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly assignments: AssignmentsService,
    private readonly xapi: XapiStatements,
  ) {}

  /** Opening a lesson starts the module (once) and remembers where to continue. */
  async visit(userId: string, moduleSlug: string, lessonSlug: string, now = new Date()) {
    const { learningModule, lesson } = await this.catalogue.findLesson(moduleSlug, lessonSlug);
    await this.dataSource.query(
      `INSERT INTO module_enrolment (user_id, module_id, started_at, last_lesson_id, last_opened_at)
       VALUES ($1, $2, $3, $4, $3)
       ON CONFLICT (user_id, module_id)
       DO UPDATE SET last_lesson_id = EXCLUDED.last_lesson_id, last_opened_at = EXCLUDED.last_opened_at`,
      [userId, learningModule.id, now, lesson.id],
    );
  }

  /**
   * Saves (or replaces) the answer to a reflection question in the learner's journal, after the
   * privacy guard: what could identify a client is refused unless the author confirms otherwise.
   */
  async answerReflection(
    userId: string,
    moduleSlug: string,
    lessonSlug: string,
    blockId: string,
    request: ReflectionAnswerRequest,
  ): Promise<ReflectionAnswer> {
    const { lesson } = await this.catalogue.findLesson(moduleSlug, lessonSlug);
    this.block(lesson.blocks, 'reflection', blockId);
    const confirmed = guardClientData(request.answer, 'answer', request.confirmedNotClientData);
    const [saved]: Array<{ answer: string; updated_at: Date }> = await this.dataSource.query(
      `INSERT INTO journal_entry
         (user_id, lesson_id, block_id, answer, privacy_confirmed_at, privacy_findings)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (user_id, lesson_id, block_id)
       DO UPDATE SET answer = EXCLUDED.answer, updated_at = now(),
                     privacy_confirmed_at = EXCLUDED.privacy_confirmed_at,
                     privacy_findings = EXCLUDED.privacy_findings
       RETURNING answer, updated_at`,
      [
        userId,
        lesson.id,
        blockId,
        request.answer,
        confirmed.length > 0 ? new Date() : null,
        confirmed.length > 0 ? JSON.stringify(confirmed) : null,
      ],
    );
    return { answer: saved.answer, updatedAt: saved.updated_at.toISOString() };
  }

  /** Records the chosen option (the last try counts) and says why it is or is not right. */
  async answerCheck(
    userId: string,
    moduleSlug: string,
    lessonSlug: string,
    blockId: string,
    option: number,
    now = new Date(),
  ): Promise<CheckResult> {
    const { lesson } = await this.catalogue.findLesson(moduleSlug, lessonSlug);
    const check = this.block(lesson.blocks, 'check', blockId);
    const chosen = check.options[option];
    if (!chosen) throw learningErrors.optionNotFound(check.options.length);
    await this.dataSource.query(
      `INSERT INTO check_answer (user_id, lesson_id, block_id, option_index, correct, answered_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (user_id, lesson_id, block_id)
       DO UPDATE SET option_index = EXCLUDED.option_index, correct = EXCLUDED.correct,
                     answered_at = EXCLUDED.answered_at`,
      [userId, lesson.id, blockId, option, chosen.correct, now],
    );
    return { correct: chosen.correct, feedback: chosen.feedback };
  }

  /** Stores a completed self-assessment with its averages per dimension; earlier ones stay. */
  async takeSelfAssessment(
    userId: string,
    moduleSlug: string,
    lessonSlug: string,
    blockId: string,
    scores: Record<string, number>,
    now = new Date(),
  ): Promise<SelfAssessmentResultView> {
    const { lesson } = await this.catalogue.findLesson(moduleSlug, lessonSlug);
    const assessment = this.block(lesson.blocks, 'self-assessment', blockId);
    const statementIds = new Set(assessment.statements.map((statement) => statement.id));
    const missing = [...statementIds].filter((id) => scores[id] === undefined);
    const unknown = Object.keys(scores).filter((id) => !statementIds.has(id));
    if (missing.length > 0 || unknown.length > 0) {
      throw learningErrors.scoresIncomplete(missing, unknown);
    }
    const dimensions = assessment.dimensions.map((dimension) => {
      const values = assessment.statements
        .filter((statement) => statement.dimension === dimension.id)
        .map((statement) => scores[statement.id]);
      const average = values.reduce((sum, value) => sum + value, 0) / values.length;
      return { id: dimension.id, name: dimension.name, average: Math.round(average * 10) / 10 };
    });
    await this.dataSource.getRepository(SelfAssessmentResult).insert({
      userId,
      lessonId: lesson.id,
      blockId,
      scores,
      dimensions,
      takenAt: now,
    });
    return { takenAt: now.toISOString(), dimensions };
  }

  /**
   * Marks the lesson done; the module is complete once every current lesson is. Each new
   * completion is also an xAPI statement. Completing twice changes nothing.
   */
  async complete(
    userId: string,
    moduleSlug: string,
    lessonSlug: string,
    now = new Date(),
  ): Promise<LessonCompletionResult> {
    const { learningModule, lessons, lesson } = await this.catalogue.findLesson(
      moduleSlug,
      lessonSlug,
    );
    const statements: string[] = [];
    const result = await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO module_enrolment (user_id, module_id, started_at, last_lesson_id, last_opened_at)
         VALUES ($1, $2, $3, $4, $3)
         ON CONFLICT (user_id, module_id) DO NOTHING`,
        [userId, learningModule.id, now, lesson.id],
      );
      const inserted: unknown[] = await manager.query(
        `INSERT INTO lesson_completion (user_id, lesson_id, completed_at) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, lesson_id) DO NOTHING RETURNING lesson_id`,
        [userId, lesson.id, now],
      );
      if (inserted.length > 0) {
        statements.push(
          await this.xapi.record(manager, {
            userId,
            kind: 'lesson',
            path: link(appPaths.lesson, {
              moduleSlug: learningModule.slug,
              lessonSlug: lesson.slug,
            }),
            name: lesson.title,
            minutes: lesson.minutes,
            at: now,
          }),
        );
      }
      const [{ done }]: Array<{ done: number }> = await manager.query(
        `SELECT count(*)::int AS done FROM lesson_completion
          WHERE user_id = $1 AND lesson_id = ANY ($2::uuid[])`,
        [userId, lessons.map((candidate) => candidate.id)],
      );
      const moduleCompleted = done === lessons.length;
      if (moduleCompleted) {
        const [rows]: [unknown[], number] = await manager.query(
          `UPDATE module_enrolment SET completed_at = $3
            WHERE user_id = $1 AND module_id = $2 AND completed_at IS NULL RETURNING module_id`,
          [userId, learningModule.id, now],
        );
        if (rows.length > 0) {
          statements.push(
            await this.xapi.record(manager, {
              userId,
              kind: 'module',
              path: link(appPaths.module, { moduleSlug: learningModule.slug }),
              name: learningModule.title,
              minutes: learningModule.estimatedMinutes,
              at: now,
            }),
          );
        }
      }
      return { completedLessons: done, lessonCount: lessons.length, moduleCompleted };
    });
    await this.xapi.forward(statements);
    return result;
  }

  /** "Mijn leren": modules in progress (last opened first), completed ones, minutes learned. */
  async myLearning(userId: string): Promise<MyLearning> {
    const [modules, [{ minutes }], opened, assigned] = await Promise.all([
      this.catalogue.modules(userId),
      this.dataSource.query(
        `SELECT coalesce(sum(l.minutes), 0)::int AS minutes FROM lesson_completion c
           JOIN lesson l ON l.id = c.lesson_id WHERE c.user_id = $1`,
        [userId],
      ) as Promise<Array<{ minutes: number }>>,
      this.dataSource.query(
        `SELECT m.slug FROM module_enrolment e JOIN learning_module m ON m.id = e.module_id
          WHERE e.user_id = $1 ORDER BY e.last_opened_at DESC`,
        [userId],
      ) as Promise<Array<{ slug: string }>>,
      this.assignments.mine(userId),
    ]);
    const recency = new Map(opened.map((row, index) => [row.slug, index]));
    const byRecency = (a: { slug: string }, b: { slug: string }) =>
      (recency.get(a.slug) ?? 0) - (recency.get(b.slug) ?? 0);
    return {
      minutesLearned: minutes,
      assigned,
      inProgress: modules
        .filter((module) => module.progress.status === 'in_progress')
        .sort(byRecency),
      completed: modules.filter((module) => module.progress.status === 'completed'),
    };
  }

  /** Completed and partly followed modules with their minutes, and the journal. */
  async portfolio(userId: string): Promise<Portfolio> {
    const [[person], modules, journal] = await Promise.all([
      this.dataSource.query(`SELECT name FROM app_user WHERE id = $1`, [userId]) as Promise<
        Array<{ name: string }>
      >,
      this.dataSource.query(
        `SELECT m.slug, m.title, e.completed_at,
                count(c.lesson_id)::int AS completed_lessons,
                coalesce(sum(l.minutes) FILTER (WHERE c.lesson_id IS NOT NULL), 0)::int AS minutes,
                (SELECT count(*)::int FROM lesson cl
                  WHERE cl.module_id = m.id AND cl.removed_at IS NULL) AS lesson_count
           FROM module_enrolment e
           JOIN learning_module m ON m.id = e.module_id
           LEFT JOIN lesson l ON l.module_id = m.id
           LEFT JOIN lesson_completion c ON c.lesson_id = l.id AND c.user_id = e.user_id
          WHERE e.user_id = $1
          GROUP BY m.id, m.slug, m.title, e.completed_at
          ORDER BY e.completed_at DESC NULLS LAST, m.title`,
        [userId],
      ) as Promise<
        Array<{
          slug: string;
          title: string;
          completed_at: Date | null;
          completed_lessons: number;
          minutes: number;
          lesson_count: number;
        }>
      >,
      this.dataSource.query(
        `SELECT m.slug AS module_slug, m.title AS module_title, l.slug AS lesson_slug,
                l.title AS lesson_title, l.blocks, j.block_id, j.answer, j.updated_at
           FROM journal_entry j
           JOIN lesson l ON l.id = j.lesson_id
           JOIN learning_module m ON m.id = l.module_id
          WHERE j.user_id = $1
          ORDER BY j.updated_at DESC`,
        [userId],
      ) as Promise<
        Array<{
          module_slug: string;
          module_title: string;
          lesson_slug: string;
          lesson_title: string;
          blocks: StoredBlock[];
          block_id: string;
          answer: string;
          updated_at: Date;
        }>
      >,
    ]);
    return {
      name: person?.name ?? '',
      minutesLearned: modules.reduce((sum, row) => sum + row.minutes, 0),
      completedModules: modules.flatMap((row) =>
        row.completed_at
          ? [
              {
                slug: row.slug,
                title: row.title,
                completedAt: row.completed_at.toISOString(),
                minutes: row.minutes,
              },
            ]
          : [],
      ),
      partialModules: modules.flatMap((row) =>
        !row.completed_at && row.completed_lessons > 0
          ? [
              {
                slug: row.slug,
                title: row.title,
                completedLessons: row.completed_lessons,
                lessonCount: row.lesson_count,
                minutes: row.minutes,
              },
            ]
          : [],
      ),
      journal: journal.map((row) => {
        const block = row.blocks.find(
          (candidate) => candidate.kind === 'reflection' && candidate.id === row.block_id,
        );
        return {
          module: { slug: row.module_slug, title: row.module_title },
          lesson: { slug: row.lesson_slug, title: row.lesson_title },
          // A question that left the content keeps its answer; the id then stands in for it.
          question: block?.kind === 'reflection' ? block.question : row.block_id,
          answer: row.answer,
          updatedAt: row.updated_at.toISOString(),
        };
      }),
    };
  }

  private block<Kind extends 'reflection' | 'check' | 'self-assessment'>(
    blocks: StoredBlock[],
    kind: Kind,
    id: string,
  ): Extract<StoredBlock, { kind: Kind }> {
    const block = blocks.find(
      (candidate): candidate is Extract<StoredBlock, { kind: Kind }> =>
        candidate.kind === kind && 'id' in candidate && candidate.id === id,
    );
    if (!block) throw learningErrors.blockNotFound(kind);
    return block;
  }
}
