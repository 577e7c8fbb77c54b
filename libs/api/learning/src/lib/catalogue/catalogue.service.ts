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
  ModuleTheme,
} from '@leerruimte/shared-contracts';
import type { StoredBlock } from '../content/content-tree';
import { learningErrors } from '../learning.errors';
import { Card, LearningModule, Lesson } from './catalogue.entities';

/** One person's progress on one module, as the progress queries select it. */
export interface ProgressRow {
  completed_lessons: number;
  enrolled: boolean;
  completed_at: Date | null;
  last_lesson_slug: string | null;
}

interface ModuleRow extends ProgressRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  themes: ModuleTheme[];
  estimated_minutes: number;
  lesson_count: number;
}

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
  constructor(private readonly dataSource: DataSource) {}

  async modules(userId: string, query: CatalogueQuery = {}): Promise<ModuleSummary[]> {
    const rows = await this.moduleRows(userId, query);
    return rows.map((row) => this.summary(row));
  }

  async module(userId: string, slug: string): Promise<ModuleDetail> {
    const [row] = await this.moduleRows(userId, {}, slug);
    if (!row) throw learningErrors.moduleNotFound();
    const learningModule = await this.dataSource
      .getRepository(LearningModule)
      .findOneByOrFail({ id: row.id });
    const lessons: Array<{ slug: string; title: string; minutes: number; completed: boolean }> =
      await this.dataSource.query(
        `SELECT l.slug, l.title, l.minutes, c.lesson_id IS NOT NULL AS completed
           FROM lesson l
           LEFT JOIN lesson_completion c ON c.lesson_id = l.id AND c.user_id = $2
          WHERE l.module_id = $1 AND l.removed_at IS NULL
          ORDER BY l.position`,
        [row.id, userId],
      );
    return {
      ...this.summary(row),
      audience: learningModule.audience,
      learningGoals: learningModule.learningGoals,
      version: learningModule.version,
      lessons,
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
    const [blocks, reflections, checks, [completion], selfAssessments] = await Promise.all([
      this.readerBlocks(lesson.blocks),
      this.dataSource.query(
        `SELECT block_id, answer, updated_at FROM journal_entry
          WHERE user_id = $1 AND lesson_id = $2`,
        [userId, lesson.id],
      ) as Promise<Array<{ block_id: string; answer: string; updated_at: Date }>>,
      this.dataSource.query(
        `SELECT block_id, option_index, correct FROM check_answer
          WHERE user_id = $1 AND lesson_id = $2`,
        [userId, lesson.id],
      ) as Promise<Array<{ block_id: string; option_index: number; correct: boolean }>>,
      this.dataSource.query(
        `SELECT 1 FROM lesson_completion WHERE user_id = $1 AND lesson_id = $2`,
        [userId, lesson.id],
      ) as Promise<unknown[]>,
      this.dataSource.query(
        `SELECT block_id, dimensions, taken_at FROM self_assessment_result
          WHERE user_id = $1 AND lesson_id = $2 ORDER BY taken_at DESC`,
        [userId, lesson.id],
      ) as Promise<
        Array<{
          block_id: string;
          dimensions: Array<{ id: string; name: string; average: number }>;
          taken_at: Date;
        }>
      >,
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
      completed: completion !== undefined,
      previous: link(lessons[index - 1]),
      next: link(lessons[index + 1]),
      reflections: Object.fromEntries(
        reflections.map((row) => [
          row.block_id,
          { answer: row.answer, updatedAt: row.updated_at.toISOString() },
        ]),
      ),
      checks: Object.fromEntries(
        checks.map((row) => [row.block_id, { option: row.option_index, correct: row.correct }]),
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

  /** What the reader may see: cards filled in, and the checks without their answers. */
  private async readerBlocks(blocks: StoredBlock[]): Promise<LessonBlock[]> {
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
              options: block.options.map((option) => ({ text: option.text })),
            },
          ];
        default:
          return [block];
      }
    });
  }

  private moduleRows(userId: string, query: CatalogueQuery, slug?: string): Promise<ModuleRow[]> {
    const search = query.q ? likePattern(query.q) : null;
    return this.dataSource.query(
      `SELECT m.id, m.slug, m.title, m.summary, m.themes, m.estimated_minutes,
              (SELECT count(*)::int FROM lesson l
                WHERE l.module_id = m.id AND l.removed_at IS NULL) AS lesson_count,
              (SELECT count(*)::int FROM lesson_completion c JOIN lesson l ON l.id = c.lesson_id
                WHERE c.user_id = $1 AND l.module_id = m.id AND l.removed_at IS NULL)
                AS completed_lessons,
              e.user_id IS NOT NULL AS enrolled, e.completed_at, last.slug AS last_lesson_slug
         FROM learning_module m
         LEFT JOIN module_enrolment e ON e.module_id = m.id AND e.user_id = $1
         LEFT JOIN lesson last ON last.id = e.last_lesson_id AND last.removed_at IS NULL
        WHERE m.removed_at IS NULL
          AND ($2::text IS NULL OR m.slug = $2)
          AND ($3::text IS NULL OR m.title ILIKE $3 OR m.summary ILIKE $3
               OR m.learning_goals::text ILIKE $3
               OR EXISTS (SELECT 1 FROM lesson l WHERE l.module_id = m.id
                            AND l.removed_at IS NULL AND l.title ILIKE $3))
          AND ($4::text IS NULL OR $4 = ANY (m.themes))
          AND ($5::int IS NULL OR m.estimated_minutes <= $5)
        ORDER BY m.position`,
      [userId, slug ?? null, search, query.theme ?? null, query.maxMinutes ?? null],
    );
  }

  private summary(row: ModuleRow): ModuleSummary {
    return {
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      themes: row.themes,
      estimatedMinutes: row.estimated_minutes,
      lessonCount: row.lesson_count,
      progress: moduleProgress(row),
    };
  }
}
