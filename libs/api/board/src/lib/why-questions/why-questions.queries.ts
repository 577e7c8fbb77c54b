import { z } from 'zod';
import { type Sql, selectRow, selectRows } from '@leerruimte/api-infrastructure';
import { practiceThemeSchema, whyQuestionStatusSchema } from '@leerruimte/shared-contracts';
import { peopleColumns, peopleColumnsRow, peopleJoins } from '../shared/board-rows';

const questionRow = peopleColumnsRow.extend({
  id: z.string(),
  question: z.string(),
  theme: practiceThemeSchema,
  status: whyQuestionStatusSchema,
  created_at: z.date(),
  votes: z.number(),
  voted_by_me: z.boolean(),
  answer_count: z.number(),
  case_id: z.string().nullable(),
  case_title: z.string().nullable(),
  parent_id: z.string().nullable(),
  depth: z.number(),
  conclusion: z.string().nullable(),
  discussed_at: z.date().nullable(),
  experiment_id: z.string().nullable(),
});

/** The team's why-questions, most votes first; each filter is left out when null. */
export function whyQuestionSummaries(
  sql: Sql,
  teamId: string,
  userId: string,
  filter: {
    theme: string | null;
    status: string | null;
    ids: string[] | null;
    undiscussedOnly: boolean;
    limit: number | null;
  },
) {
  return selectRows(
    sql,
    questionRow,
    `SELECT q.id, q.question, q.theme, q.status, q.created_at, q.case_id, q.parent_id, q.depth,
              q.conclusion, q.discussed_at,
              CASE WHEN c.hidden_at IS NULL THEN c.title ELSE '' END AS case_title,
              (SELECT count(*)::int FROM why_vote v WHERE v.question_id = q.id) AS votes,
              EXISTS (SELECT 1 FROM why_vote v WHERE v.question_id = q.id AND v.user_id = $2)
                AS voted_by_me,
              (SELECT count(*)::int FROM why_answer a
                WHERE a.question_id = q.id AND a.hidden_at IS NULL) AS answer_count,
              (SELECT e.id FROM experiment e WHERE e.why_question_id = q.id
                ORDER BY e.created_at LIMIT 1) AS experiment_id,
              ${peopleColumns('q')}
         FROM why_question q
         LEFT JOIN team_case c ON c.id = q.case_id
         ${peopleJoins('q')}
        WHERE q.team_id = $1
          AND ($3::text IS NULL OR q.theme = $3)
          AND ($4::text IS NULL OR q.status = $4)
          AND ($5::uuid[] IS NULL OR q.id = ANY($5::uuid[]))
          AND (NOT $6 OR (q.status IN ('open', 'on_agenda') AND q.hidden_at IS NULL))
        ORDER BY votes DESC, q.created_at DESC
        LIMIT $7`,
    [teamId, userId, filter.theme, filter.status, filter.ids, filter.undiscussedOnly, filter.limit],
  );
}

const answerRow = peopleColumnsRow.extend({
  id: z.string(),
  text: z.string(),
  created_at: z.date(),
});

export function answersTo(sql: Sql, questionId: string) {
  return selectRows(
    sql,
    answerRow,
    `SELECT a.id, a.text, a.created_at, ${peopleColumns('a')}
           FROM why_answer a ${peopleJoins('a')}
          WHERE a.question_id = $1 ORDER BY a.created_at, a.id`,
    [questionId],
  );
}

const linkedQuestionRow = z.object({ id: z.string(), question: z.string(), hidden: z.boolean() });

export type LinkedQuestionRow = z.infer<typeof linkedQuestionRow>;

/** The questions this one digs into, from the first of the chain down to its parent. */
export function chainAbove(sql: Sql, questionId: string) {
  return selectRows(
    sql,
    linkedQuestionRow.extend({ level: z.number() }),
    `WITH RECURSIVE up AS (
           SELECT id, parent_id, question, hidden_at, 0 AS level FROM why_question WHERE id = $1
           UNION ALL
           SELECT q.id, q.parent_id, q.question, q.hidden_at, up.level + 1
             FROM why_question q JOIN up ON q.id = up.parent_id)
         SELECT id, question, hidden_at IS NOT NULL AS hidden, level FROM up
          WHERE level > 0 ORDER BY level DESC`,
    [questionId],
  );
}

/** The questions that dig one level deeper into this one. */
export function deeperQuestions(sql: Sql, questionId: string) {
  return selectRows(
    sql,
    linkedQuestionRow,
    `SELECT id, question, hidden_at IS NOT NULL AS hidden FROM why_question
          WHERE parent_id = $1 ORDER BY created_at`,
    [questionId],
  );
}

/** A question a new one digs into, when it is the team's. */
export function parentQuestion(sql: Sql, questionId: string, teamId: string) {
  return selectRow(
    sql,
    z.object({ depth: z.number(), hidden: z.boolean() }),
    `SELECT depth, hidden_at IS NOT NULL AS hidden FROM why_question
          WHERE id = $1 AND team_id = $2`,
    [questionId, teamId],
  );
}
