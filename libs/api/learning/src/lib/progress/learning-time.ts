import { z } from 'zod';
import { type Sql, selectRows } from '@leerruimte/api-infrastructure';

/** The reader beats every half minute while the learner is active; each beat is one slot. */
export const SLOT_SECONDS = 30;
/** A lesson counts at most twice its estimated minutes: a tab left open is not learning. */
export const LESSON_TIME_CAP = 2;

/** The half minute `at` falls in. */
export function slotStart(at: Date): Date {
  const ms = SLOT_SECONDS * 1000;
  return new Date(Math.floor(at.getTime() / ms) * ms);
}

/**
 * Active time per person and lesson, capped: the one definition every figure of learning time
 * (Mijn leren, the portfolio, the leerverslag, team and organisation reports) reads.
 */
export const LESSON_TIME = lessonTime();

/** LESSON_TIME of the slots that match `where` (a condition on `s`), e.g. one period. */
export function lessonTime(where = 'true'): string {
  return `(
  SELECT s.user_id, s.lesson_id,
         least(count(*) * ${SLOT_SECONDS}, max(l.minutes) * ${LESSON_TIME_CAP} * 60)::int AS seconds,
         min(s.slot_start) AS first_active_at, max(s.slot_start) AS last_active_at
    FROM learning_time_slot s JOIN lesson l ON l.id = s.lesson_id
   WHERE ${where}
   GROUP BY s.user_id, s.lesson_id)`;
}

/**
 * Credits the half minute `now` falls in to this lesson, unless another tab, device or lesson of
 * the same person already has it. Whether it was credited.
 */
export async function recordActiveSlot(
  sql: Sql,
  beat: { userId: string; lessonId: string; visitId: string },
  now: Date,
): Promise<boolean> {
  const inserted = await selectRows(
    sql,
    z.object({ user_id: z.string() }),
    `INSERT INTO learning_time_slot (user_id, slot_start, lesson_id, visit_id)
       VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, slot_start) DO NOTHING RETURNING user_id`,
    [beat.userId, slotStart(now), beat.lessonId, beat.visitId],
  );
  return inserted.length > 0;
}

/** Whole minutes, rounded: what people read. */
export const minutesOf = (seconds: number) => Math.round(seconds / 60);

/** The person's active seconds per lesson of one module, and in total. */
export async function activeSeconds(sql: Sql, userId: string, moduleId?: string) {
  return selectRows(
    sql,
    z.object({ lesson_id: z.string(), module_id: z.string(), seconds: z.number() }),
    `SELECT t.lesson_id, l.module_id, t.seconds FROM ${LESSON_TIME} t
       JOIN lesson l ON l.id = t.lesson_id
      WHERE t.user_id = $1 AND ($2::uuid IS NULL OR l.module_id = $2)`,
    [userId, moduleId ?? null],
  );
}
