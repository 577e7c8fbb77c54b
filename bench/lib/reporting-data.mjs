// The large organisation of bench:reporting, shared with bench:api so both measure the
// dashboards on the same data: 300 teams, 4,000 professionals, two years of activity.

export const TEAMS = 300;
export const PEOPLE = 4000;
export const ORGANISATION_NAME = 'Gemeente Groot';
/** The year the dashboards are asked for. */
export const FROM = '2025-12';
export const TO = '2026-11';

/** The organisation, its teams and people, the same for every bench that uses it. */
export const largeOrganisation = [
  `SELECT setseed(0.42)`,
  `INSERT INTO organisation (name) VALUES ('${ORGANISATION_NAME}')`,
  `INSERT INTO team (organisation_id, name)
   SELECT o.id, 'Wijkteam ' || lpad(n::text, 3, '0') FROM organisation o, generate_series(1, ${TEAMS}) n`,
  `CREATE TEMP TABLE team_no AS SELECT id, row_number() OVER (ORDER BY name) - 1 AS no FROM team`,
  `INSERT INTO app_user (email, name, password_hash)
   SELECT 'p' || n || '@groot.test', 'Professional ' || n, '' FROM generate_series(1, ${PEOPLE}) n`,
  `INSERT INTO team_membership (user_id, team_id, role)
   SELECT u.id, t.id, CASE WHEN (n % 13) = 0 THEN 'team_lead' ELSE 'professional' END
     FROM (SELECT id, row_number() OVER (ORDER BY email) AS n FROM app_user) u
     JOIN team_no t ON t.no = u.n % ${TEAMS}`,
];

/**
 * Two years of activity, written by PostgreSQL itself: random but the same every run. Run it on
 * a database with content imported and no other organisation or people yet: it spreads over
 * every organisation, person and lesson there is.
 */
const generate = [
  ...largeOrganisation,
  // Lesson completions and module enrolments over the two years.
  `INSERT INTO lesson_completion (user_id, lesson_id, completed_at)
   SELECT u.id, l.id, now() - random() * interval '730 days'
     FROM app_user u CROSS JOIN lesson l WHERE random() < 0.7`,
  `INSERT INTO module_enrolment (user_id, module_id, started_at, last_opened_at, completed_at)
   SELECT u.id, m.id, s, s, CASE WHEN random() < 0.5 THEN s + random() * interval '60 days' END
     FROM app_user u CROSS JOIN learning_module m,
          LATERAL (SELECT now() - interval '60 days' - random() * interval '670 days' AS s) started
    WHERE random() < 0.6`,
  // Three prompts a week per team, to everyone in the team; most answer.
  `INSERT INTO reflection_moment (team_id, question, schedule, open_days, reminder_days, status)
   SELECT id, 'Wat leerde je deze week?', '{}', 3, '{}', 'active' FROM team`,
  `INSERT INTO reflection_occurrence (moment_id, planned_at, delivered_at, closes_at, question)
   SELECT m.id, t, t, t + interval '3 days', m.question
     FROM reflection_moment m,
          generate_series(now() - interval '728 days', now(), interval '56 hours') t`,
  `INSERT INTO reflection_delivery (occurrence_id, user_id, channel)
   SELECT o.id, tm.user_id, 'in_app' FROM reflection_occurrence o
     JOIN reflection_moment m ON m.id = o.moment_id
     JOIN team_membership tm ON tm.team_id = m.team_id`,
  `INSERT INTO reflection_answer (occurrence_id, user_id, answer, shared)
   SELECT occurrence_id, user_id, 'Een antwoord', false FROM reflection_delivery WHERE random() < 0.82`,
  // The learning board: 50,000 why-questions and 20,000 experiments.
  `INSERT INTO why_question (team_id, author_id, question, theme, status, created_at, discussed_at)
   SELECT t.id, tm.user_id, 'Waarom doen we dit zo?', 'aanpak',
          CASE WHEN d THEN 'discussed' ELSE 'open' END, c, CASE WHEN d THEN c + interval '14 days' END
     FROM generate_series(1, 50000) n
     JOIN team_no t ON t.no = n % ${TEAMS}
     JOIN LATERAL (SELECT user_id FROM team_membership WHERE team_id = t.id LIMIT 1) tm ON true,
          LATERAL (SELECT now() - interval '20 days' - random() * interval '700 days' AS c,
                          random() < 0.5 AS d) r`,
  `INSERT INTO experiment (team_id, author_id, title, situation, intended_effect, what_we_try,
     prediction, how_we_know, measure_name, roles, status, status_changed_at, evaluated_at,
     evaluated_by_id, created_at)
   SELECT t.id, tm.user_id, 'Proef ' || n, '', 'Beter', 'Anders', '', '', '', '', s,
          c + interval '30 days', CASE WHEN s IN ('adopted', 'adapted', 'stopped') THEN c + interval '30 days' END,
          CASE WHEN s IN ('adopted', 'adapted', 'stopped') THEN tm.user_id END, c
     FROM generate_series(1, 20000) n
     JOIN team_no t ON t.no = n % ${TEAMS}
     JOIN LATERAL (SELECT user_id FROM team_membership WHERE team_id = t.id LIMIT 1) tm ON true,
          LATERAL (SELECT now() - interval '40 days' - random() * interval '680 days' AS c,
                          (ARRAY['running', 'adopted', 'adapted', 'stopped', 'idea'])[1 + floor(random() * 5)::int] AS s) r`,
  // As autovacuum would, but now: a background vacuum must not run into the measurements.
  `VACUUM ANALYZE`,
];

/** Writes the organisation and its activity through `client` (a connected pg.Client). */
export async function generateReportingData(client) {
  for (const statement of generate) await client.query(statement);
}
