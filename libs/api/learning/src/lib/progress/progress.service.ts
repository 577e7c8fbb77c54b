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
import { checkKey, contentIndex, optionOrder } from './option-order';
import { SelfAssessmentResult } from './progress.entities';
import { checkAnswersIn } from '../catalogue/catalogue.queries';
import { Certificates } from '../certificates/certificates';
import { activeSeconds, minutesOf, recordActiveSlot } from './learning-time';
import { openChecks } from './completion-rules';
import { ModuleCompletion } from './module-completion';
import {
  type ReflectionBlock,
  completeLesson,
  enrolOnce,
  journalOf,
  minutesLearned,
  openedModuleSlugs,
  portfolioModules,
  recordVisit,
  saveCheckAnswer,
  saveJournalAnswer,
} from './progress.queries';
import { appPaths, link } from '@leerruimte/shared-paths';
import { personName, clientDataContextOf } from '@leerruimte/api-identity-data';

/** What a learner does in a lesson: open it, answer, check, complete. */
@Injectable()
export class ProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly assignments: AssignmentsService,
    private readonly xapi: XapiStatements,
    private readonly completion: ModuleCompletion,
    private readonly certificates: Certificates,
  ) {}

  /** Opening a lesson starts the module (once) and remembers where to continue. */
  async visit(userId: string, moduleSlug: string, lessonSlug: string, now = new Date()) {
    const { learningModule, lesson } = await this.catalogue.findLesson(moduleSlug, lessonSlug);
    await recordVisit(this.dataSource, userId, learningModule.id, lesson.id, now);
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
    const confirmed = guardClientData(
      request.answer,
      'answer',
      request.confirmedNotClientData,
      await clientDataContextOf(this.dataSource, userId),
    );
    const saved = await saveJournalAnswer(this.dataSource, {
      userId,
      lessonId: lesson.id,
      blockId,
      text: request.answer,
      confirmedAt: confirmed.length > 0 ? new Date() : null,
      findings: confirmed.length > 0 ? JSON.stringify(confirmed) : null,
    });
    return { answer: saved.answer, updatedAt: saved.updated_at.toISOString() };
  }

  /**
   * Records the chosen option (the last try counts) and says why it is or is not right. The
   * learner chooses from their own order; the content's index is stored.
   */
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
    const order = optionOrder(userId, checkKey(lesson.id, blockId), check.options.length);
    const index = contentIndex(order, option);
    if (index === undefined) throw learningErrors.optionNotFound(check.options.length);
    const chosen = check.options[index];
    await saveCheckAnswer(
      this.dataSource,
      userId,
      lesson.id,
      blockId,
      { option: index, correct: chosen.correct },
      now,
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
   * The reader's heartbeat: credits the current half minute to this lesson, unless this person's
   * other tab or device already has it.
   */
  async beat(
    userId: string,
    moduleSlug: string,
    lessonSlug: string,
    visitId: string,
    now = new Date(),
  ) {
    const { lesson } = await this.catalogue.findLesson(moduleSlug, lessonSlug);
    await recordActiveSlot(this.dataSource, { userId, lessonId: lesson.id, visitId }, now);
  }

  /**
   * Marks the lesson done once each of its knowledge checks is answered correctly; the module is
   * complete by its rules (ModuleCompletion). Each new completion is also an xAPI statement.
   * Completing twice changes nothing.
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
    const open = openChecks(
      lesson.blocks,
      await checkAnswersIn(this.dataSource, userId, lesson.id),
    );
    if (open.length > 0) throw learningErrors.checksNotPassed(open);
    const statements: string[] = [];
    const outcome = await this.dataSource.transaction(async (manager) => {
      await enrolOnce(manager, userId, learningModule.id, lesson.id, now);
      if (await completeLesson(manager, userId, lesson.id, now)) {
        statements.push(
          await this.xapi.record(manager, {
            userId,
            kind: 'lesson',
            path: link(appPaths.lesson, {
              moduleSlug: learningModule.slug,
              lessonSlug: lesson.slug,
            }),
            name: lesson.title,
            minutes: minutesOf(
              (await activeSeconds(manager, userId, learningModule.id)).find(
                (row) => row.lesson_id === lesson.id,
              )?.seconds ?? 0,
            ),
            at: now,
          }),
        );
      }
      return this.completion.completeIfDone(
        manager,
        { userId, learningModule, lessons, now },
        statements,
      );
    });
    await this.xapi.forward(statements);
    if (outcome.certificateId) await this.certificates.queuePdf(outcome.certificateId);
    return {
      completedLessons: outcome.completedLessons,
      lessonCount: lessons.length,
      moduleCompleted: outcome.moduleCompleted,
      closingTestOpen:
        learningModule.closingTest !== null &&
        !outcome.moduleCompleted &&
        outcome.completedLessons === lessons.length,
    };
  }

  /** "Mijn leren": modules in progress (last opened first), completed ones, minutes learned. */
  async myLearning(userId: string): Promise<MyLearning> {
    const [modules, minutes, opened, assigned] = await Promise.all([
      this.catalogue.modules(userId),
      minutesLearned(this.dataSource, userId),
      openedModuleSlugs(this.dataSource, userId),
      this.assignments.mine(userId),
    ]);
    const recency = new Map(opened.map((slug, index) => [slug, index]));
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
    const [name, modules, journal] = await Promise.all([
      personName(this.dataSource, userId),
      portfolioModules(this.dataSource, userId),
      journalOf(this.dataSource, userId),
    ]);
    return {
      name: name ?? '',
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
          (candidate): candidate is ReflectionBlock =>
            candidate.kind === 'reflection' && 'id' in candidate && candidate.id === row.block_id,
        );
        return {
          module: { slug: row.module_slug, title: row.module_title },
          lesson: { slug: row.lesson_slug, title: row.lesson_title },
          // A question that left the content keeps its answer; the id then stands in for it.
          question: block?.question ?? row.block_id,
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
