import { pulseStatements } from '@leerruimte/shared-contracts';
import {
  figureColumns,
  peopleColumns,
  peopleFamilies,
  pulseColumn,
  pulseColumns,
} from '../figures/report-figures';

/**
 * Every activity that counts in a report, one row per event and team: the team, the person,
 * the family of figures, the figure it adds to and the event's own key. `$1` and `$2` bound the month as instants. Learning
 * counts in every team the person is in now; the other families belong to a team of their own.
 */
export const activityInMonth = `
  SELECT m.team_id, e.user_id, 'learning' AS family, 'modules_started' AS figure, 1 AS amount,
         e.user_id::text || e.module_id::text AS event
    FROM module_enrolment e JOIN team_membership m ON m.user_id = e.user_id
   WHERE e.started_at >= $1 AND e.started_at < $2
  UNION ALL
  SELECT m.team_id, e.user_id, 'learning', 'modules_completed', 1, e.user_id::text || e.module_id::text
    FROM module_enrolment e JOIN team_membership m ON m.user_id = e.user_id
   WHERE e.completed_at >= $1 AND e.completed_at < $2
  UNION ALL
  SELECT m.team_id, c.user_id, 'learning', 'learning_minutes', l.minutes,
         c.user_id::text || c.lesson_id::text
    FROM lesson_completion c
    JOIN lesson l ON l.id = c.lesson_id
    JOIN team_membership m ON m.user_id = c.user_id
   WHERE c.completed_at >= $1 AND c.completed_at < $2
  UNION ALL
  SELECT rm.team_id, d.user_id, 'reflection', 'prompts_asked', 1, d.id::text
    FROM reflection_delivery d
    JOIN reflection_occurrence o ON o.id = d.occurrence_id
    JOIN reflection_moment rm ON rm.id = o.moment_id
   WHERE d.channel = 'in_app' AND o.delivered_at >= $1 AND o.delivered_at < $2
  UNION ALL
  SELECT rm.team_id, a.user_id, 'reflection', 'prompts_answered', 1, a.id::text
    FROM reflection_answer a
    JOIN reflection_occurrence o ON o.id = a.occurrence_id
    JOIN reflection_moment rm ON rm.id = o.moment_id
   WHERE o.delivered_at >= $1 AND o.delivered_at < $2
  UNION ALL
  SELECT team_id, author_id, 'board', 'experiments_started', 1, id::text FROM experiment
   WHERE created_at >= $1 AND created_at < $2
  UNION ALL
  SELECT team_id, evaluated_by_id, 'board', 'experiments_evaluated', 1, id::text FROM experiment
   WHERE evaluated_at >= $1 AND evaluated_at < $2
  UNION ALL
  SELECT team_id, evaluated_by_id, 'board', 'experiments_' || status, 1, id::text FROM experiment
   WHERE evaluated_at >= $1 AND evaluated_at < $2 AND status IN ('adopted', 'adapted', 'stopped')
  UNION ALL
  SELECT team_id, author_id, 'board', 'experiments_stopped', 1, id::text FROM experiment
   WHERE evaluated_at IS NULL AND status = 'stopped'
     AND status_changed_at >= $1 AND status_changed_at < $2
  UNION ALL
  SELECT team_id, author_id, 'board', 'why_questions_asked', 1, id::text FROM why_question
   WHERE created_at >= $1 AND created_at < $2
  UNION ALL
  SELECT team_id, author_id, 'board', 'why_questions_discussed', 1, id::text FROM why_question
   WHERE discussed_at >= $1 AND discussed_at < $2
  UNION ALL
  SELECT team_id, author_id, 'board', 'why_questions_to_experiment', 1, id::text FROM experiment
   WHERE why_question_id IS NOT NULL AND created_at >= $1 AND created_at < $2
  UNION ALL
  SELECT team_id, author_id, 'board', 'activity', 0, id::text FROM why_answer
   WHERE created_at >= $1 AND created_at < $2
  UNION ALL
  SELECT team_id, author_id, 'board', 'activity', 0, id::text FROM experiment_log_entry
   WHERE created_at >= $1 AND created_at < $2
  UNION ALL
  SELECT team_id, author_id, 'board', 'activity', 0, id::text FROM team_case
   WHERE created_at >= $1 AND created_at < $2`;

const sums = figureColumns
  .map((column) => `coalesce(sum(amount) FILTER (WHERE figure = '${column}'), 0)`)
  .join(', ');
const people = peopleFamilies
  .map((family) => `count(DISTINCT user_id) FILTER (WHERE family = '${family}')`)
  .join(', ');

const statementSums = pulseStatements
  .map((statement) => `sum(${pulseColumn(statement)}) AS ${pulseColumn(statement)}`)
  .join(', ');

/** The pulse columns' values from a per-team or per-organisation pulse row (none: zeros). */
const pulseValues = (source: string) =>
  [
    `coalesce(${source}.responses, 0)`,
    `coalesce(${source}.people, 0)`,
    ...pulseStatements.map((statement) => `coalesce(${source}.${pulseColumn(statement)}, 0)`),
  ].join(', ');

/**
 * Writes one month's rows: every team's figures and people, and every organisation's, where
 * an event or a person in two teams counts once. The pulse is counted apart, as it has no
 * people in it. `$3` is the month's first day.
 */
export const rollUpMonth = `
  WITH activity AS MATERIALIZED (${activityInMonth}),
  pulse AS (
    SELECT rm.team_id, count(*) AS responses,
           ${pulseStatements.map((statement) => `sum((p.scores->>'${statement}')::int) AS ${pulseColumn(statement)}`).join(', ')}
      FROM pulse_response p
      JOIN reflection_occurrence o ON o.id = p.occurrence_id
      JOIN reflection_moment rm ON rm.id = o.moment_id
     WHERE o.delivered_at >= $1 AND o.delivered_at < $2
     GROUP BY rm.team_id, o.id
  ),
  team_pulse AS (
    SELECT team_id, sum(responses) AS responses, max(responses) AS people, ${statementSums}
      FROM pulse GROUP BY team_id
  ),
  organisation_pulse AS (
    SELECT t.organisation_id, sum(responses) AS responses, sum(people) AS people, ${statementSums}
      FROM team_pulse JOIN team t ON t.id = team_pulse.team_id GROUP BY t.organisation_id
  ),
  teams AS (
    INSERT INTO team_month_figures
      (team_id, month, ${figureColumns.join(', ')}, ${peopleColumns.join(', ')}, ${pulseColumns.join(', ')})
    SELECT figures.*, ${pulseValues('team_pulse')}
      FROM (SELECT team_id, $3::date, ${sums}, ${people} FROM activity GROUP BY team_id) figures
      LEFT JOIN team_pulse USING (team_id)
    RETURNING 1
  ),
  organisations AS (
    INSERT INTO organisation_month_figures
      (organisation_id, month, ${figureColumns.join(', ')}, ${peopleColumns.join(', ')}, ${pulseColumns.join(', ')})
    SELECT figures.*, ${pulseValues('organisation_pulse')}
      FROM (SELECT organisation_id, $3::date, ${sums}, ${people}
              FROM (SELECT DISTINCT t.organisation_id, a.user_id, a.family, a.figure, a.amount, a.event
                      FROM activity a JOIN team t ON t.id = a.team_id) once
             GROUP BY organisation_id) figures
      LEFT JOIN organisation_pulse USING (organisation_id)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM teams)::int AS teams,
         (SELECT count(*) FROM organisations)::int AS organisations`;
