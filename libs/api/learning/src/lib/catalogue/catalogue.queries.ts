import { z } from 'zod';
import { type Sql, exists, selectRows } from '@leerruimte/api-infrastructure';
import { moduleThemes } from '@leerruimte/shared-contracts';
import { LESSON_TIME } from '../progress/learning-time';

/** One person's progress on one module, as the progress queries select it. */
export const progressRow = z.object({
  completed_lessons: z.number(),
  enrolled: z.boolean(),
  completed_at: z.date().nullable(),
  last_lesson_slug: z.string().nullable(),
});
export type ProgressRow = z.infer<typeof progressRow>;

const moduleRow = progressRow.extend({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  themes: z.array(z.enum(moduleThemes)),
  estimated_minutes: z.number(),
  study_load_minutes: z.number(),
  lesson_count: z.number(),
});
export type ModuleRow = z.infer<typeof moduleRow>;

/** What the catalogue can be narrowed to; null leaves a filter out. */
export interface ModuleFilter {
  slug: string | null;
  /** A LIKE pattern, already escaped. */
  search: string | null;
  theme: string | null;
  maxMinutes: number | null;
}

/** The current modules that pass the filter, in catalogue order, with this person's progress. */
export function modulesWithProgress(sql: Sql, userId: string, filter: ModuleFilter) {
  return selectRows(
    sql,
    moduleRow,
    `SELECT m.id, m.slug, m.title, m.summary, m.themes, m.estimated_minutes, m.study_load_minutes,
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
    [userId, filter.slug, filter.search, filter.theme, filter.maxMinutes],
    { prepared: true },
  );
}

const lessonRow = z.object({
  slug: z.string(),
  title: z.string(),
  minutes: z.number(),
  completed: z.boolean(),
  seconds_learned: z.number(),
});

/**
 * A module's current lessons in order, each with whether this person completed it and their
 * active time in it.
 */
export function lessonsWithCompletion(sql: Sql, moduleId: string, userId: string) {
  return selectRows(
    sql,
    lessonRow,
    `SELECT l.slug, l.title, l.minutes, c.lesson_id IS NOT NULL AS completed,
                coalesce(t.seconds, 0)::int AS seconds_learned
           FROM lesson l
           LEFT JOIN lesson_completion c ON c.lesson_id = l.id AND c.user_id = $2
           LEFT JOIN ${LESSON_TIME} t ON t.lesson_id = l.id AND t.user_id = $2
          WHERE l.module_id = $1 AND l.removed_at IS NULL
          ORDER BY l.position`,
    [moduleId, userId],
  );
}

const reflectionAnswerRow = z.object({
  block_id: z.string(),
  answer: z.string(),
  updated_at: z.date(),
});

export function reflectionAnswersIn(sql: Sql, userId: string, lessonId: string) {
  return selectRows(
    sql,
    reflectionAnswerRow,
    `SELECT block_id, answer, updated_at FROM journal_entry
          WHERE user_id = $1 AND lesson_id = $2`,
    [userId, lessonId],
  );
}

const checkAnswerRow = z.object({
  block_id: z.string(),
  option_index: z.number(),
  correct: z.boolean(),
});

export function checkAnswersIn(sql: Sql, userId: string, lessonId: string) {
  return selectRows(
    sql,
    checkAnswerRow,
    `SELECT block_id, option_index, correct FROM check_answer
          WHERE user_id = $1 AND lesson_id = $2`,
    [userId, lessonId],
  );
}

export function lessonCompleted(sql: Sql, userId: string, lessonId: string) {
  return exists(sql, `SELECT 1 FROM lesson_completion WHERE user_id = $1 AND lesson_id = $2`, [
    userId,
    lessonId,
  ]);
}

const selfAssessmentRow = z.object({
  block_id: z.string(),
  dimensions: z.array(z.object({ id: z.string(), name: z.string(), average: z.number() })),
  taken_at: z.date(),
});

/** This person's self-assessments in a lesson, latest first. */
export function selfAssessmentsIn(sql: Sql, userId: string, lessonId: string) {
  return selectRows(
    sql,
    selfAssessmentRow,
    `SELECT block_id, dimensions, taken_at FROM self_assessment_result
          WHERE user_id = $1 AND lesson_id = $2 ORDER BY taken_at DESC`,
    [userId, lessonId],
  );
}
