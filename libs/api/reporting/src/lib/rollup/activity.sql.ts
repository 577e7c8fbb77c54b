import type { ReportActivity } from '@leerruimte/api-core';
import { pulseStatements } from '@leerruimte/shared-contracts';
import {
  figureColumns,
  peopleColumns,
  peopleFamilies,
  pulseColumn,
  pulseColumns,
} from '../figures/report-figures';

/**
 * Every activity that counts in a report, one row per event and team, from each domain's part
 * (see ReportActivity): the team, the person, the family of figures, the figure it adds to and
 * the event's own key. `$1` and `$2` bound the month as instants.
 */
function activityInMonth(activities: readonly ReportActivity[]): string {
  return activities
    .map(
      (activity) =>
        `SELECT team_id, user_id, family, figure, amount, event FROM (${activity.events}) part`,
    )
    .join('\n  UNION ALL\n  ');
}

/** Per team and pulse prompt: responses and each statement's sum, as reporting names them. */
function pulseInMonth(activities: readonly ReportActivity[]): string {
  const parts = activities.flatMap((activity) => (activity.pulse ? [activity.pulse] : []));
  const columns = pulseStatements.map((statement) => `"${statement}" AS ${pulseColumn(statement)}`);
  if (parts.length === 0) {
    const none = pulseStatements.map((statement) => `0 AS ${pulseColumn(statement)}`);
    return `SELECT NULL::uuid AS team_id, 0 AS responses, ${none.join(', ')} WHERE false`;
  }
  return parts
    .map((part) => `SELECT team_id, responses, ${columns.join(', ')} FROM (${part}) part`)
    .join('\n  UNION ALL\n  ');
}

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
export function rollUpMonth(activities: readonly ReportActivity[]): string {
  return `
  WITH activity AS MATERIALIZED (${activityInMonth(activities)}),
  pulse AS (${pulseInMonth(activities)}),
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
}

/**
 * Writes the people of every team's rolling window: `$1` and `$2` bound the window's three
 * months as instants, `$3` is its last month's first day.
 */
export function rollUpWindowPeople(activities: readonly ReportActivity[]): string {
  return `
  WITH activity AS MATERIALIZED (${activityInMonth(activities)})
  INSERT INTO team_window_people (team_id, month, ${peopleColumns.join(', ')})
  SELECT team_id, $3::date, ${people} FROM activity GROUP BY team_id`;
}
