import { z } from 'zod';
import { type Sql, selectRows } from '@leerruimte/api-infrastructure';
import { LESSON_TIME } from './learning-time';

/* The rows of a person's data export, their columns named as the export shows them. */

const enrolmentRow = z.object({
  module: z.string(),
  startedAt: z.date(),
  completedAt: z.date().nullable(),
});

export function enrolmentsOf(sql: Sql, userId: string) {
  return selectRows(
    sql,
    enrolmentRow,
    `SELECT m.title AS module, e.started_at AS "startedAt", e.completed_at AS "completedAt"
             FROM module_enrolment e JOIN learning_module m ON m.id = e.module_id
            WHERE e.user_id = $1 ORDER BY e.started_at`,
    [userId],
  );
}

const completedLessonRow = z.object({
  module: z.string(),
  lesson: z.string(),
  minutes: z.number(),
  completedAt: z.date(),
});

export function completedLessonsOf(sql: Sql, userId: string) {
  return selectRows(
    sql,
    completedLessonRow,
    `SELECT m.title AS module, l.title AS lesson, l.minutes, c.completed_at AS "completedAt"
             FROM lesson_completion c JOIN lesson l ON l.id = c.lesson_id
             JOIN learning_module m ON m.id = l.module_id
            WHERE c.user_id = $1 ORDER BY c.completed_at`,
    [userId],
  );
}

const journalRow = z.object({
  module: z.string(),
  lesson: z.string(),
  question: z.string(),
  answer: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export function journalEntriesOf(sql: Sql, userId: string) {
  return selectRows(
    sql,
    journalRow,
    `SELECT m.title AS module, l.title AS lesson, j.block_id AS question, j.answer,
                  j.created_at AS "createdAt", j.updated_at AS "updatedAt"
             FROM journal_entry j JOIN lesson l ON l.id = j.lesson_id
             JOIN learning_module m ON m.id = l.module_id
            WHERE j.user_id = $1 ORDER BY j.created_at`,
    [userId],
  );
}

const checkRow = z.object({
  module: z.string(),
  lesson: z.string(),
  check: z.string(),
  option: z.number(),
  correct: z.boolean(),
  answeredAt: z.date(),
});

export function checkAnswersOf(sql: Sql, userId: string) {
  return selectRows(
    sql,
    checkRow,
    `SELECT m.title AS module, l.title AS lesson, a.block_id AS "check",
                  a.option_index AS option, a.correct, a.answered_at AS "answeredAt"
             FROM check_answer a JOIN lesson l ON l.id = a.lesson_id
             JOIN learning_module m ON m.id = l.module_id
            WHERE a.user_id = $1 ORDER BY a.answered_at`,
    [userId],
  );
}

const selfAssessmentRow = z.object({
  module: z.string(),
  selfAssessment: z.string(),
  scores: z.record(z.string(), z.number()),
  dimensions: z.array(z.object({ id: z.string(), name: z.string(), average: z.number() })),
  takenAt: z.date(),
});

export function selfAssessmentsOf(sql: Sql, userId: string) {
  return selectRows(
    sql,
    selfAssessmentRow,
    `SELECT m.title AS module, r.block_id AS "selfAssessment", r.scores, r.dimensions,
                  r.taken_at AS "takenAt"
             FROM self_assessment_result r JOIN lesson l ON l.id = r.lesson_id
             JOIN learning_module m ON m.id = l.module_id
            WHERE r.user_id = $1 ORDER BY r.taken_at`,
    [userId],
  );
}

const assignmentRow = z.object({
  module: z.string(),
  team: z.string(),
  dueDate: z.string().nullable(),
  assignedAt: z.date(),
  /** Built as JSON, which has no dates: both come as text. */
  reminders: z.array(z.object({ dueDate: z.string(), remindedAt: z.string() })),
});

/** The assignments given to the person, with the reminders sent about each. */
export function assignmentsOf(sql: Sql, userId: string) {
  return selectRows(
    sql,
    assignmentRow,
    `SELECT m.title AS module, t.name AS team, a.due_date::text AS "dueDate",
                  a.created_at AS "assignedAt",
                  (SELECT coalesce(json_agg(json_build_object(
                            'dueDate', r.due_date, 'remindedAt', r.sent_at) ORDER BY r.sent_at),
                          '[]')
                     FROM assignment_reminder r
                    WHERE r.assignment_id = a.id AND r.user_id = am.user_id) AS reminders
             FROM module_assignment_member am JOIN module_assignment a ON a.id = am.assignment_id
             JOIN learning_module m ON m.id = a.module_id JOIN team t ON t.id = a.team_id
            WHERE am.user_id = $1 ORDER BY a.created_at`,
    [userId],
  );
}

const learningTimeRow = z.object({
  module: z.string(),
  lesson: z.string(),
  activeMinutes: z.number(),
  firstActiveAt: z.date(),
  lastActiveAt: z.date(),
});

/** The measured learning time per lesson (capped as everywhere), not the half-minute rows. */
export function learningTimeOf(sql: Sql, userId: string) {
  return selectRows(
    sql,
    learningTimeRow,
    `SELECT m.title AS module, l.title AS lesson, round(t.seconds / 60.0)::int AS "activeMinutes",
            t.first_active_at AS "firstActiveAt", t.last_active_at AS "lastActiveAt"
       FROM ${LESSON_TIME} t JOIN lesson l ON l.id = t.lesson_id
       JOIN learning_module m ON m.id = l.module_id
      WHERE t.user_id = $1 ORDER BY t.first_active_at`,
    [userId],
  );
}

const closingTestRow = z.object({
  module: z.string(),
  takenAt: z.date(),
  scorePercent: z.number(),
  passed: z.boolean(),
});

export function closingTestsOf(sql: Sql, userId: string) {
  return selectRows(
    sql,
    closingTestRow,
    `SELECT m.title AS module, a.taken_at AS "takenAt", a.score_percent AS "scorePercent", a.passed
       FROM closing_test_attempt a JOIN learning_module m ON m.id = a.module_id
      WHERE a.user_id = $1 ORDER BY a.taken_at`,
    [userId],
  );
}

const certificateRow = z.object({
  module: z.string(),
  holderName: z.string(),
  completedAt: z.date(),
  status: z.string(),
  verificationCode: z.string(),
});

export function certificatesOf(sql: Sql, userId: string) {
  return selectRows(
    sql,
    certificateRow,
    `SELECT module_title AS module, holder_name AS "holderName", completed_at AS "completedAt",
            status, verification_code AS "verificationCode"
       FROM certificate WHERE user_id = $1 ORDER BY issued_at`,
    [userId],
  );
}

const werkbegeleidingRow = z.object({
  heldOn: z.string(),
  minutes: z.number(),
  supervisor: z.string(),
  topic: z.string(),
  recordedAt: z.date(),
});

export function werkbegeleidingOf(sql: Sql, userId: string) {
  return selectRows(
    sql,
    werkbegeleidingRow,
    `SELECT held_on::text AS "heldOn", minutes, supervisor, topic, created_at AS "recordedAt"
       FROM werkbegeleiding WHERE user_id = $1 ORDER BY held_on`,
    [userId],
  );
}
