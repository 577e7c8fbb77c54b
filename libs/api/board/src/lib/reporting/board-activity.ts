import type { ReportActivity } from '@leerruimte/api-core';

/**
 * The learning board in the reports: experiments started, evaluated and how they ended,
 * why-questions asked, discussed and turned into an experiment; answers, log entries and cases
 * count only who was active. Case discussions held as intervisie count as reflection: their
 * minutes for each participant, in the month they were held.
 */
export const boardActivity: ReportActivity = {
  events: `
    SELECT team_id, author_id AS user_id, 'board' AS family, 'experiments_started' AS figure,
           1 AS amount, id::text AS event
      FROM experiment
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
     WHERE created_at >= $1 AND created_at < $2
    UNION ALL
    SELECT c.team_id, p.user_id, 'reflection', 'intervisie_minutes', d.minutes,
           d.id::text || p.user_id::text
      FROM case_discussion_participant p
      JOIN case_discussion d ON d.id = p.discussion_id
      JOIN team_case c ON c.id = d.case_id
     WHERE d.minutes IS NOT NULL
       AND d.held_on >= ($1::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date
       AND d.held_on < ($2::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date`,
  firstEvent: `least((SELECT min(created_at) FROM experiment),
                     (SELECT min(created_at) FROM why_question))`,
};
