import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import type { ClosingTestResult, ClosingTestView } from '@leerruimte/shared-contracts';
import { appPaths, link } from '@leerruimte/shared-paths';
import { LearningModule, Lesson } from '../catalogue/catalogue.entities';
import { Certificates } from '../certificates/certificates';
import type { ClosingTest } from '../content/content-tree';
import { learningErrors } from '../learning.errors';
import { ModuleCompletion } from '../progress/module-completion';
import { closingTestKey, contentIndex, optionOrder } from '../progress/option-order';
import { completedCount } from '../progress/progress.queries';
import { ClosingTestAttempt } from '../progress/progress.entities';
import { XapiStatements } from '../xapi/xapi';

/** The closing test (afsluitende toets): taken once every lesson is done, retried after a wait. */
@Injectable()
export class ClosingTestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly completion: ModuleCompletion,
    private readonly certificates: Certificates,
    private readonly xapi: XapiStatements,
  ) {}

  async view(userId: string, moduleSlug: string, now = new Date()): Promise<ClosingTestView> {
    const { learningModule, test, lessons } = await this.find(moduleSlug);
    const attempts = await this.attempts(userId, learningModule.id);
    const passed = attempts.find((attempt) => attempt.passed);
    return {
      module: { slug: learningModule.slug, title: learningModule.title },
      minutes: test.minutes,
      passPercent: test.passPercent,
      retryAfterMinutes: test.retryAfterMinutes,
      open:
        (await completedCount(
          this.dataSource,
          userId,
          lessons.map((lesson) => lesson.id),
        )) === lessons.length,
      questions: test.questions.map((question) => ({
        id: question.id,
        scenarioHtml: question.scenarioHtml,
        question: question.question,
        options: optionOrder(
          userId,
          closingTestKey(learningModule.id, question.id),
          question.options.length,
        ).map((index) => ({ text: question.options[index].text })),
      })),
      attempts: attempts.map((attempt) => ({
        takenAt: attempt.takenAt.toISOString(),
        scorePercent: attempt.scorePercent,
        passed: attempt.passed,
      })),
      passedAt: passed?.takenAt.toISOString() ?? null,
      nextAttemptAt: passed
        ? null
        : (this.nextAttemptAt(test, attempts, now)?.toISOString() ?? null),
    };
  }

  /**
   * Scores a try. Refused until every lesson is done, during the wait after a failed try, and
   * after a pass. A pass completes the module (and earns its certificate) when that was all
   * that remained.
   */
  async submit(
    userId: string,
    moduleSlug: string,
    answers: Record<string, number>,
    now = new Date(),
  ): Promise<ClosingTestResult> {
    const { learningModule, test, lessons } = await this.find(moduleSlug);
    const chosen = this.contentAnswers(userId, learningModule.id, test, answers);
    const statements: string[] = [];
    const result = await this.dataSource.transaction(async (manager) => {
      // One try at a time per person and module: a double click is not two tries.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `closing-test:${userId}:${learningModule.id}`,
      ]);
      const done = await completedCount(
        manager,
        userId,
        lessons.map((lesson) => lesson.id),
      );
      if (done < lessons.length) throw learningErrors.closingTestClosed();
      const attempts = await this.attempts(userId, learningModule.id, manager);
      if (attempts.some((attempt) => attempt.passed)) throw learningErrors.closingTestPassed();
      const wait = this.nextAttemptAt(test, attempts, now);
      if (wait) throw learningErrors.closingTestWait(wait);

      const questions = test.questions.map((question) => {
        const option = question.options[chosen[question.id]];
        return { id: question.id, correct: option.correct, feedback: option.feedback };
      });
      const correctCount = questions.filter((question) => question.correct).length;
      const scorePercent = Math.round((100 * correctCount) / questions.length);
      const passed = scorePercent >= test.passPercent;
      await manager.insert(ClosingTestAttempt, {
        userId,
        moduleId: learningModule.id,
        moduleVersion: learningModule.version,
        answers: chosen,
        correctCount,
        questionCount: questions.length,
        scorePercent,
        passed,
        takenAt: now,
      });
      statements.push(
        await this.xapi.record(manager, {
          userId,
          kind: 'assessment',
          verb: passed ? 'passed' : 'failed',
          path: link(appPaths.closingTest, { moduleSlug: learningModule.slug }),
          name: `Afsluitende toets ${learningModule.title}`,
          scorePercent,
          at: now,
        }),
      );
      const outcome = passed
        ? await this.completion.completeIfDone(
            manager,
            { userId, learningModule, lessons, now },
            statements,
          )
        : { moduleCompleted: false, certificateId: null };
      return {
        scorePercent,
        correctCount,
        questionCount: questions.length,
        passed,
        questions,
        nextAttemptAt: passed
          ? null
          : new Date(now.getTime() + test.retryAfterMinutes * 60_000).toISOString(),
        moduleCompleted: outcome.moduleCompleted,
        certificateId: outcome.certificateId,
      };
    });
    await this.xapi.forward(statements);
    if (result.certificateId) await this.certificates.queuePdf(result.certificateId);
    return result;
  }

  private async find(moduleSlug: string) {
    const learningModule = await this.dataSource
      .getRepository(LearningModule)
      .findOneBy({ slug: moduleSlug, removedAt: IsNull() });
    if (!learningModule) throw learningErrors.moduleNotFound();
    const test = learningModule.closingTest;
    if (!test) throw learningErrors.noClosingTest();
    const lessons = await this.dataSource.getRepository(Lesson).find({
      where: { moduleId: learningModule.id, removedAt: IsNull() },
      order: { position: 'ASC' },
    });
    return { learningModule, test, lessons };
  }

  /** The answers as shown to this person, turned into the content's option indexes. */
  private contentAnswers(
    userId: string,
    moduleId: string,
    test: ClosingTest,
    answers: Record<string, number>,
  ): Record<string, number> {
    const ids = new Set(test.questions.map((question) => question.id));
    const missing = test.questions.filter((q) => answers[q.id] === undefined).map((q) => q.id);
    const unknown = Object.keys(answers).filter((id) => !ids.has(id));
    const chosen: Record<string, number> = {};
    const outOfRange: string[] = [];
    for (const question of test.questions) {
      if (answers[question.id] === undefined) continue;
      const order = optionOrder(
        userId,
        closingTestKey(moduleId, question.id),
        question.options.length,
      );
      const index = contentIndex(order, answers[question.id]);
      if (index === undefined) outOfRange.push(question.id);
      else chosen[question.id] = index;
    }
    if (missing.length + unknown.length + outOfRange.length > 0) {
      throw learningErrors.answersIncomplete(missing, unknown, outOfRange);
    }
    return chosen;
  }

  private attempts(userId: string, moduleId: string, sql = this.dataSource.manager) {
    return sql.getRepository(ClosingTestAttempt).find({
      where: { userId, moduleId },
      order: { takenAt: 'DESC' },
    });
  }

  /** After a failed try, the moment the next may start; null when one may start now. */
  private nextAttemptAt(test: ClosingTest, attempts: ClosingTestAttempt[], now: Date) {
    const last = attempts[0];
    if (!last || last.passed) return null;
    const next = new Date(last.takenAt.getTime() + test.retryAfterMinutes * 60_000);
    return next > now ? next : null;
  }
}
