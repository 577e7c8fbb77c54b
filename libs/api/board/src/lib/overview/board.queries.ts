import { z } from 'zod';
import { type Sql, selectRow, selectRows } from '@leerruimte/api-infrastructure';
import { practiceThemeSchema, experimentDecisionSchema } from '@leerruimte/shared-contracts';

const learningRow = z.object({
  kind: z.enum(['why_question', 'experiment']),
  id: z.string(),
  title: z.string(),
  theme: practiceThemeSchema.nullable(),
  learned: z.string(),
  decision: experimentDecisionSchema.nullable(),
  at: z.date(),
});

/**
 * Conclusions of discussed why-questions and evaluations of experiments, newest first.
 * `search` is an ILIKE pattern; it and `theme` are left out when null.
 */
export function learningsOf(
  sql: Sql,
  teamId: string,
  filter: { theme: string | null; search: string | null },
  limit: number,
) {
  return selectRows(
    sql,
    learningRow,
    `SELECT * FROM (
         SELECT 'why_question' AS kind, q.id, q.question AS title, q.theme,
                q.conclusion AS learned, NULL AS decision, q.discussed_at AS at
           FROM why_question q
          WHERE q.team_id = $1 AND q.status = 'discussed' AND q.hidden_at IS NULL
         UNION ALL
         SELECT 'experiment', e.id, e.title, e.theme, e.learned, e.status, e.evaluated_at
           FROM experiment e
          WHERE e.team_id = $1 AND e.evaluated_at IS NOT NULL AND e.hidden_at IS NULL
       ) learning
       WHERE ($2::text IS NULL OR theme = $2)
         AND ($3::text IS NULL OR title ILIKE $3 OR learned ILIKE $3)
       ORDER BY at DESC, id
       LIMIT $4`,
    [teamId, filter.theme, filter.search, limit],
  );
}

/**
 * Whether the team's item is hidden, locking its row until the transaction ends; undefined
 * when the team has no such item. `table` is one of the board's own tables, never input.
 */
export function lockedHiddenState(sql: Sql, table: string, itemId: string, teamId: string) {
  return selectRow(
    sql,
    z.object({ hidden: z.boolean() }),
    `SELECT hidden_at IS NOT NULL AS hidden FROM ${table}
          WHERE id = $1 AND team_id = $2 FOR UPDATE`,
    [itemId, teamId],
  );
}
