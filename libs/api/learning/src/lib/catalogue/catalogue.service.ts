import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import type {
  Card as CardView,
  CatalogueQuery,
  LessonBlock,
  LessonView,
  ModuleDetail,
  ModuleProgress,
  ModuleSummary,
} from '@leerruimte/shared-contracts';
import type { StoredBlock } from '../content/content-tree';
import { learningErrors } from '../learning.errors';
import { Certificate } from '../certificates/certificate.entity';
import { minutesOf } from '../progress/learning-time';
import { checkKey, optionOrder, shownIndex } from '../progress/option-order';
import { ClosingTestAttempt } from '../progress/progress.entities';
import { Card, LearningModule, Lesson } from './catalogue.entities';
import { ModuleListCache } from './module-list-cache';
import {
  type ModuleRow,
  type ProgressRow,
  checkAnswersIn,
  lessonCompleted,
  lessonsWithCompletion,
  modulesWithProgress,
  reflectionAnswersIn,
  selfAssessmentsIn,
} from './catalogue.queries';

export function moduleProgress(row: ProgressRow): ModuleProgress {
  return {
    status: row.completed_at ? 'completed' : row.enrolled ? 'in_progress' : 'not_started',
    completedLessons: row.completed_lessons,
    lastLessonSlug: row.last_lesson_slug,
    completedAt: row.completed_at?.toISOString() ?? null,
  };
}

/** Escapes LIKE wildcards, so a search for "50%" finds "50%" and not everything. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export function cardView(card: Card): CardView {
  return {
    slug: card.slug,
    title: card.title,
    question: card.question,
    task: card.task,
    theme: card.theme,
    moments: card.moments,
  };
}

/** The modules, lessons and cards as a learner sees them, with their own progress. */
@Injectable()
export class CatalogueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly moduleLists: ModuleListCache,
  ) {}

  /** Held per person and search until their progress or the content changes. */
  async modules(
    userId: string,
    query: CatalogueQuery = {},
    now = Date.now(),
  ): Promise<ModuleSummary[]> {
    const key = JSON.stringify([userId, query.q, query.theme, query.maxMinutes]);
    const held = this.moduleLists.find(key, now);
    if (held) return held;
    const versionAtRead = this.moduleLists.version;
    const rows = await this.moduleRows(userId, query);
    const modules = rows.map((row) => this.summary(row));
    this.moduleLists.keep(key, userId, modules, versionAtRead, now);
    return modules;
  }

  async module(userId: string, slug: string): Promise<ModuleDetail> {
    const [row] = await this.moduleRows(userId, {}, slug);
    if (!row) throw learningErrors.moduleNotFound();
    const learningModule = await this.dataSource
      .getRepository(LearningModule)
      .findOneByOrFail({ id: row.id });
    const [lessons, passed, certificate] = await Promise.all([
      lessonsWithCompletion(this.dataSource, row.id, userId),
      learningModule.closingTest
        ? this.dataSource.getRepository(ClosingTestAttempt).findOne({
            where: { userId, moduleId: row.id, passed: true },
            order: { takenAt: 'ASC' },
          })
        : null,
      this.dataSource.getRepository(Certificate).findOne({
        select: { id: true },
        where: { userId, moduleId: row.id, status: 'valid' },
        order: { issuedAt: 'DESC' },
      }),
    ]);
    const seconds = lessons.reduce((sum, lesson) => sum + lesson.seconds_learned, 0);
    return {
      ...this.summary(row),
      audience: learningModule.audience,
      learningGoals: learningModule.learningGoals,
      version: learningModule.version,
      studyLoadNote: learningModule.studyLoadNote,
      lessons: lessons.map(({ seconds_learned, ...lesson }) => ({
        ...lesson,
        minutesLearned: minutesOf(seconds_learned),
      })),
      minutesLearned: minutesOf(seconds),
      closingTest: learningModule.closingTest && {
        minutes: learningModule.closingTest.minutes,
        passPercent: learningModule.closingTest.passPercent,
        passedAt: passed?.takenAt.toISOString() ?? null,
      },
      certificateId: certificate?.id ?? null,
      sources: learningModule.sources,
      colophonHtml: learningModule.colophonHtml,
    };
  }

  /** A current lesson of a current module, or a 404 that says which is missing. */
  async findLesson(
    moduleSlug: string,
    lessonSlug: string,
  ): Promise<{ learningModule: LearningModule; lessons: Lesson[]; lesson: Lesson }> {
    const learningModule = await this.dataSource
      .getRepository(LearningModule)
      .findOneBy({ slug: moduleSlug, removedAt: IsNull() });
    if (!learningModule) throw learningErrors.moduleNotFound();
    const lessons = await this.dataSource.getRepository(Lesson).find({
      where: { moduleId: learningModule.id, removedAt: IsNull() },
      order: { position: 'ASC' },
    });
    const lesson = lessons.find((candidate) => candidate.slug === lessonSlug);
    if (!lesson) throw learningErrors.lessonNotFound();
    return { learningModule, lessons, lesson };
  }

  async lesson(userId: string, moduleSlug: string, lessonSlug: string): Promise<LessonView> {
    const { learningModule, lessons, lesson } = await this.findLesson(moduleSlug, lessonSlug);
    const index = lessons.indexOf(lesson);
    const link = (other: Lesson | undefined) =>
      other ? { slug: other.slug, title: other.title } : null;
    const [blocks, reflections, checks, completed, selfAssessments] = await Promise.all([
      this.readerBlocks(lesson.blocks, userId, lesson.id),
      reflectionAnswersIn(this.dataSource, userId, lesson.id),
      checkAnswersIn(this.dataSource, userId, lesson.id),
      lessonCompleted(this.dataSource, userId, lesson.id),
      selfAssessmentsIn(this.dataSource, userId, lesson.id),
    ]);
    const history: LessonView['selfAssessments'] = {};
    for (const row of selfAssessments) {
      (history[row.block_id] ??= []).push({
        takenAt: row.taken_at.toISOString(),
        dimensions: row.dimensions,
      });
    }
    return {
      module: { slug: learningModule.slug, title: learningModule.title },
      slug: lesson.slug,
      title: lesson.title,
      minutes: lesson.minutes,
      number: index + 1,
      lessonCount: lessons.length,
      blocks,
      completed,
      previous: link(lessons[index - 1]),
      next: link(lessons[index + 1]),
      reflections: Object.fromEntries(
        reflections.map((row) => [
          row.block_id,
          { answer: row.answer, updatedAt: row.updated_at.toISOString() },
        ]),
      ),
      checks: Object.fromEntries(
        checks.flatMap((row) => {
          const check = lesson.blocks.find(
            (block) => block.kind === 'check' && block.id === row.block_id,
          );
          if (check?.kind !== 'check') return [];
          const order = optionOrder(
            userId,
            checkKey(lesson.id, row.block_id),
            check.options.length,
          );
          return [
            [row.block_id, { option: shownIndex(order, row.option_index), correct: row.correct }],
          ];
        }),
      ),
      selfAssessments: history,
    };
  }

  async cards(): Promise<CardView[]> {
    const cards = await this.dataSource
      .getRepository(Card)
      .find({ where: { removedAt: IsNull() }, order: { title: 'ASC' } });
    return cards.map(cardView);
  }

  async card(slug: string): Promise<CardView> {
    const card = await this.dataSource.getRepository(Card).findOneBy({ slug, removedAt: IsNull() });
    if (!card) throw learningErrors.cardNotFound();
    return cardView(card);
  }

  /**
   * What the reader may see: cards filled in, and the checks without their answers, their
   * options in this person's own order.
   */
  private async readerBlocks(
    blocks: StoredBlock[],
    userId: string,
    lessonId: string,
  ): Promise<LessonBlock[]> {
    const cardSlugs = blocks.flatMap((block) => (block.kind === 'card' ? [block.card] : []));
    const cards =
      cardSlugs.length > 0
        ? await this.dataSource.getRepository(Card).findBy({ slug: In(cardSlugs) })
        : [];
    return blocks.flatMap((block): LessonBlock[] => {
      switch (block.kind) {
        case 'card': {
          const card = cards.find((candidate) => candidate.slug === block.card);
          return card ? [{ kind: 'card', card: cardView(card) }] : [];
        }
        case 'check':
          return [
            {
              kind: 'check',
              id: block.id,
              question: block.question,
              options: optionOrder(userId, checkKey(lessonId, block.id), block.options.length).map(
                (index) => ({ text: block.options[index].text }),
              ),
            },
          ];
        default:
          return [block];
      }
    });
  }

  private moduleRows(userId: string, query: CatalogueQuery, slug?: string): Promise<ModuleRow[]> {
    return modulesWithProgress(this.dataSource, userId, {
      slug: slug ?? null,
      search: query.q ? likePattern(query.q) : null,
      theme: query.theme ?? null,
      maxMinutes: query.maxMinutes ?? null,
    });
  }

  private summary(row: ModuleRow): ModuleSummary {
    return {
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      themes: row.themes,
      estimatedMinutes: row.estimated_minutes,
      studyLoadMinutes: row.study_load_minutes,
      lessonCount: row.lesson_count,
      progress: moduleProgress(row),
    };
  }
}
