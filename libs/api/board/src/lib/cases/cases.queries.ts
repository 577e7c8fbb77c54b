import { z } from 'zod';
import { type Sql, selectRows } from '@leerruimte/api-infrastructure';
import { practiceThemeSchema, caseDiscussionMethodSchema } from '@leerruimte/shared-contracts';
import { peopleColumns, peopleColumnsRow, peopleJoins } from '../shared/board-rows';

const caseRow = peopleColumnsRow.extend({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  theme: practiceThemeSchema.nullable(),
  created_at: z.date(),
  question_count: z.number(),
  experiment_count: z.number(),
  discussion_count: z.number(),
});

/** The team's cases, newest first, or only `onlyId` when it is not null. */
export function casesOf(sql: Sql, teamId: string, onlyId: string | null) {
  return selectRows(
    sql,
    caseRow,
    `SELECT c.id, c.title, c.description, c.theme, c.created_at,
              (SELECT count(*)::int FROM why_question q WHERE q.case_id = c.id) AS question_count,
              (SELECT count(*)::int FROM experiment e WHERE e.case_id = c.id) AS experiment_count,
              (SELECT count(*)::int FROM case_discussion d WHERE d.case_id = c.id)
                AS discussion_count,
              ${peopleColumns('c')}
         FROM team_case c ${peopleJoins('c')}
        WHERE c.team_id = $1 AND ($2::uuid IS NULL OR c.id = $2)
        ORDER BY c.created_at DESC, c.id`,
    [teamId, onlyId],
  );
}

const discussionRow = peopleColumnsRow.extend({
  id: z.string(),
  method: caseDiscussionMethodSchema,
  held_on: z.string(),
  steps: z.array(z.object({ step: z.string(), notes: z.string() })),
  outcome: z.string(),
  minutes: z.number().nullable(),
  participants: z.array(z.object({ userId: z.string(), name: z.string() })),
  created_at: z.date(),
});

/** The case's discussions, latest first, each with who took part (by name). */
export function discussionsOf(sql: Sql, caseId: string) {
  return selectRows(
    sql,
    discussionRow,
    `SELECT d.id, d.method, d.held_on::text, d.steps, d.outcome, d.minutes, d.created_at,
                coalesce((SELECT json_agg(json_build_object('userId', u.id, 'name', u.name)
                                          ORDER BY u.name)
                            FROM case_discussion_participant p
                            JOIN app_user u ON u.id = p.user_id
                           WHERE p.discussion_id = d.id), '[]') AS participants,
                ${peopleColumns('d')}
           FROM case_discussion d ${peopleJoins('d')}
          WHERE d.case_id = $1 ORDER BY d.held_on DESC, d.created_at DESC`,
    [caseId],
  );
}

/** The why-questions about the case; a hidden one without its text. */
export function caseQuestionsOf(sql: Sql, caseId: string) {
  return selectRows(
    sql,
    z.object({ id: z.string(), question: z.string() }),
    `SELECT id, CASE WHEN hidden_at IS NULL THEN question ELSE '' END AS question
           FROM why_question WHERE case_id = $1 ORDER BY created_at`,
    [caseId],
  );
}

/** The experiments from the case; a hidden one without its title. */
export function caseExperimentsOf(sql: Sql, caseId: string) {
  return selectRows(
    sql,
    z.object({ id: z.string(), title: z.string() }),
    `SELECT id, CASE WHEN hidden_at IS NULL THEN title ELSE '' END AS title
           FROM experiment WHERE case_id = $1 ORDER BY created_at`,
    [caseId],
  );
}
