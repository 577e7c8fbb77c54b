import { z } from 'zod';
import { type Sql, selectRows } from '@leerruimte/api-infrastructure';
import { LESSON_TIME, minutesOf } from './learning-time';

/** Starts the module (once) and remembers the lesson opened last. */
export async function recordVisit(
  sql: Sql,
  userId: string,
  moduleId: string,
  lessonId: string,
  now: Date,
) {
  await sql.query(
    `INSERT INTO module_enrolment (user_id, module_id, started_at, last_lesson_id, last_opened_at)
       VALUES ($1, $2, $3, $4, $3)
       ON CONFLICT (user_id, module_id)
       DO UPDATE SET last_lesson_id = EXCLUDED.last_lesson_id, last_opened_at = EXCLUDED.last_opened_at`,
    [userId, moduleId, now, lessonId],
  );
}

const savedAnswerRow = z.object({ answer: z.string(), updated_at: z.date() });

/** Saves or replaces a journal answer; `confirmedAt` and `findings` are null without findings. */
export async function saveJournalAnswer(
  sql: Sql,
  answer: {
    userId: string;
    lessonId: string;
    blockId: string;
    text: string;
    confirmedAt: Date | null;
    findings: string | null;
  },
) {
  const [saved] = await selectRows(
    sql,
    savedAnswerRow,
    `INSERT INTO journal_entry
         (user_id, lesson_id, block_id, answer, privacy_confirmed_at, privacy_findings)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (user_id, lesson_id, block_id)
       DO UPDATE SET answer = EXCLUDED.answer, updated_at = now(),
                     privacy_confirmed_at = EXCLUDED.privacy_confirmed_at,
                     privacy_findings = EXCLUDED.privacy_findings
       RETURNING answer, updated_at`,
    [
      answer.userId,
      answer.lessonId,
      answer.blockId,
      answer.text,
      answer.confirmedAt,
      answer.findings,
    ],
  );
  return saved;
}

/** Saves the chosen option of a check; the last try counts. */
export async function saveCheckAnswer(
  sql: Sql,
  userId: string,
  lessonId: string,
  blockId: string,
  choice: { option: number; correct: boolean },
  now: Date,
) {
  await sql.query(
    `INSERT INTO check_answer (user_id, lesson_id, block_id, option_index, correct, answered_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (user_id, lesson_id, block_id)
       DO UPDATE SET option_index = EXCLUDED.option_index, correct = EXCLUDED.correct,
                     answered_at = EXCLUDED.answered_at`,
    [userId, lessonId, blockId, choice.option, choice.correct, now],
  );
}

/** Starts the module unless it was started; where to continue stays as it is. */
export async function enrolOnce(
  sql: Sql,
  userId: string,
  moduleId: string,
  lessonId: string,
  now: Date,
) {
  await sql.query(
    `INSERT INTO module_enrolment (user_id, module_id, started_at, last_lesson_id, last_opened_at)
         VALUES ($1, $2, $3, $4, $3)
         ON CONFLICT (user_id, module_id) DO NOTHING`,
    [userId, moduleId, now, lessonId],
  );
}

/** Marks the lesson done; whether it is newly so. */
export async function completeLesson(sql: Sql, userId: string, lessonId: string, now: Date) {
  const inserted = await selectRows(
    sql,
    z.object({ lesson_id: z.string() }),
    `INSERT INTO lesson_completion (user_id, lesson_id, completed_at) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, lesson_id) DO NOTHING RETURNING lesson_id`,
    [userId, lessonId, now],
  );
  return inserted.length > 0;
}

/** How many of these lessons the person completed. */
export async function completedCount(sql: Sql, userId: string, lessonIds: string[]) {
  const [{ done }] = await selectRows(
    sql,
    z.object({ done: z.number() }),
    `SELECT count(*)::int AS done FROM lesson_completion
          WHERE user_id = $1 AND lesson_id = ANY ($2::uuid[])`,
    [userId, lessonIds],
  );
  return done;
}

/** Marks the module completed; whether it is newly so. */
export async function completeModule(sql: Sql, userId: string, moduleId: string, now: Date) {
  const updated = await selectRows(
    sql,
    z.object({ module_id: z.string() }),
    `UPDATE module_enrolment SET completed_at = $3
            WHERE user_id = $1 AND module_id = $2 AND completed_at IS NULL RETURNING module_id`,
    [userId, moduleId, now],
  );
  return updated.length > 0;
}

/** The person's active learning time in all lessons, in whole minutes. */
export async function minutesLearned(sql: Sql, userId: string) {
  const [{ seconds }] = await selectRows(
    sql,
    z.object({ seconds: z.number() }),
    `SELECT coalesce(sum(t.seconds), 0)::int AS seconds FROM ${LESSON_TIME} t WHERE t.user_id = $1`,
    [userId],
  );
  return minutesOf(seconds);
}

/** The slugs of the modules the person started, opened last first. */
export async function openedModuleSlugs(sql: Sql, userId: string) {
  const rows = await selectRows(
    sql,
    z.object({ slug: z.string() }),
    `SELECT m.slug FROM module_enrolment e JOIN learning_module m ON m.id = e.module_id
          WHERE e.user_id = $1 ORDER BY e.last_opened_at DESC`,
    [userId],
  );
  return rows.map((row) => row.slug);
}

const portfolioModuleRow = z.object({
  slug: z.string(),
  title: z.string(),
  completed_at: z.date().nullable(),
  completed_lessons: z.number(),
  minutes: z.number(),
  lesson_count: z.number(),
});

/**
 * The modules the person started, completed ones latest first, with their completed lessons and
 * their active learning time in whole minutes.
 */
export function portfolioModules(sql: Sql, userId: string) {
  return selectRows(
    sql,
    portfolioModuleRow,
    `SELECT m.slug, m.title, e.completed_at,
                (SELECT count(*)::int FROM lesson_completion c JOIN lesson l ON l.id = c.lesson_id
                  WHERE c.user_id = e.user_id AND l.module_id = m.id) AS completed_lessons,
                (SELECT round(coalesce(sum(t.seconds), 0) / 60.0)::int FROM ${LESSON_TIME} t
                   JOIN lesson l ON l.id = t.lesson_id
                  WHERE t.user_id = e.user_id AND l.module_id = m.id) AS minutes,
                (SELECT count(*)::int FROM lesson cl
                  WHERE cl.module_id = m.id AND cl.removed_at IS NULL) AS lesson_count
           FROM module_enrolment e
           JOIN learning_module m ON m.id = e.module_id
          WHERE e.user_id = $1
          ORDER BY e.completed_at DESC NULLS LAST, m.title`,
    [userId],
  );
}

/** Of a lesson's stored blocks the journal reads only the reflection questions. */
const reflectionBlock = z.object({
  kind: z.literal('reflection'),
  id: z.string(),
  question: z.string(),
});
export type ReflectionBlock = z.infer<typeof reflectionBlock>;

const journalRow = z.object({
  module_slug: z.string(),
  module_title: z.string(),
  lesson_slug: z.string(),
  lesson_title: z.string(),
  blocks: z.array(z.union([reflectionBlock, z.object({ kind: z.string() })])),
  block_id: z.string(),
  answer: z.string(),
  updated_at: z.date(),
});

/** The person's journal answers, latest first, with their lessons' blocks. */
export function journalOf(sql: Sql, userId: string) {
  return selectRows(
    sql,
    journalRow,
    `SELECT m.slug AS module_slug, m.title AS module_title, l.slug AS lesson_slug,
                l.title AS lesson_title, l.blocks, j.block_id, j.answer, j.updated_at
           FROM journal_entry j
           JOIN lesson l ON l.id = j.lesson_id
           JOIN learning_module m ON m.id = l.module_id
          WHERE j.user_id = $1
          ORDER BY j.updated_at DESC`,
    [userId],
  );
}
