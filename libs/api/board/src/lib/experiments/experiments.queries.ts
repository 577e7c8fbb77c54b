import { z } from 'zod';
import { type Sql, selectRows } from '@leerruimte/api-infrastructure';
import { practiceThemeSchema, experimentStatusSchema } from '@leerruimte/shared-contracts';
import { peopleColumns, peopleColumnsRow, peopleJoins } from '../shared/board-rows';

const summaryRow = peopleColumnsRow.extend({
  id: z.string(),
  title: z.string(),
  theme: practiceThemeSchema.nullable(),
  status: experimentStatusSchema,
  start_date: z.string().nullable(),
  end_date: z.string().nullable(),
  participant_count: z.number(),
  log_count: z.number(),
  updated_at: z.date(),
});

/** The team's experiments, newest change first; each filter is left out when null. */
export function experimentSummaries(
  sql: Sql,
  teamId: string,
  filter: { theme: string | null; statuses: string[] | null; ids: string[] | null },
) {
  return selectRows(
    sql,
    summaryRow,
    `SELECT e.id, e.title, e.theme, e.status, e.start_date::text, e.end_date::text, e.updated_at,
              (SELECT count(*)::int FROM experiment_participant p WHERE p.experiment_id = e.id)
                AS participant_count,
              (SELECT count(*)::int FROM experiment_log_entry l
                WHERE l.experiment_id = e.id AND l.hidden_at IS NULL) AS log_count,
              ${peopleColumns('e')}
         FROM experiment e ${peopleJoins('e')}
        WHERE e.team_id = $1
          AND ($2::text IS NULL OR e.theme = $2)
          AND ($3::text[] IS NULL OR e.status = ANY($3::text[]))
          AND ($4::uuid[] IS NULL OR e.id = ANY($4::uuid[]))
        ORDER BY e.updated_at DESC, e.id`,
    [teamId, filter.theme, filter.statuses, filter.ids],
  );
}

export function participantsOf(sql: Sql, experimentId: string) {
  return selectRows(
    sql,
    z.object({ userId: z.string(), name: z.string() }),
    `SELECT u.id AS "userId", u.name FROM experiment_participant p
           JOIN app_user u ON u.id = p.user_id WHERE p.experiment_id = $1 ORDER BY u.name`,
    [experimentId],
  );
}

const linksRow = z.object({
  why_question: z.object({ id: z.string(), question: z.string() }).nullable(),
  case: z.object({ id: z.string(), title: z.string() }).nullable(),
  previous: z.object({ id: z.string(), title: z.string() }).nullable(),
});

/** What the experiment came from; a hidden item is named without its text. */
export async function linksOf(
  sql: Sql,
  links: { whyQuestionId: string | null; caseId: string | null; previousId: string | null },
) {
  // A SELECT without FROM gives exactly one row.
  const [row] = await selectRows(
    sql,
    linksRow,
    `SELECT
           (SELECT json_build_object('id', q.id, 'question',
                   CASE WHEN q.hidden_at IS NULL THEN q.question ELSE '' END)
              FROM why_question q WHERE q.id = $1) AS why_question,
           (SELECT json_build_object('id', c.id, 'title',
                   CASE WHEN c.hidden_at IS NULL THEN c.title ELSE '' END)
              FROM team_case c WHERE c.id = $2) AS "case",
           (SELECT json_build_object('id', p.id, 'title',
                   CASE WHEN p.hidden_at IS NULL THEN p.title ELSE '' END)
              FROM experiment p WHERE p.id = $3) AS previous`,
    [links.whyQuestionId, links.caseId, links.previousId],
  );
  return row;
}

/** The experiments that continue this one, as a next cycle. */
export function followUpsOf(sql: Sql, experimentId: string) {
  return selectRows(
    sql,
    z.object({ id: z.string(), title: z.string() }),
    `SELECT id, CASE WHEN hidden_at IS NULL THEN title ELSE '' END AS title FROM experiment
          WHERE previous_experiment_id = $1 ORDER BY created_at`,
    [experimentId],
  );
}

const logEntryRow = peopleColumnsRow.extend({
  id: z.string(),
  observed_on: z.string(),
  text: z.string(),
  created_at: z.date(),
});

export function logbookOf(sql: Sql, experimentId: string) {
  return selectRows(
    sql,
    logEntryRow,
    `SELECT l.id, l.observed_on::text, l.text, l.created_at, ${peopleColumns('l')}
           FROM experiment_log_entry l ${peopleJoins('l')}
          WHERE l.experiment_id = $1 ORDER BY l.observed_on DESC, l.created_at DESC`,
    [experimentId],
  );
}

const dataPointRow = z.object({
  id: z.string(),
  measured_on: z.string(),
  value: z.number(),
  note: z.string(),
});

/** The shown data points of the measure, in the order of the run chart. */
export function dataPointsOf(sql: Sql, experimentId: string) {
  return selectRows(
    sql,
    dataPointRow,
    `SELECT id, measured_on::text, value, note FROM experiment_data_point
          WHERE experiment_id = $1 AND hidden_at IS NULL ORDER BY measured_on, created_at`,
    [experimentId],
  );
}

export async function participantIdsOf(sql: Sql, experimentId: string) {
  const rows = await selectRows(
    sql,
    z.object({ user_id: z.string() }),
    `SELECT user_id FROM experiment_participant WHERE experiment_id = $1`,
    [experimentId],
  );
  return rows.map((row) => row.user_id);
}
