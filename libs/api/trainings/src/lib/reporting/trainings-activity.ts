import type { ReportActivity } from '@leerruimte/api-core';

/**
 * Trainings in the reports: each session someone attended (wholly or partly, as registered)
 * and its net minutes, in the month the session took place, for the team whose training it is.
 */
export const trainingsActivity: ReportActivity = {
  events: `
    SELECT t.team_id, e.user_id, 'learning' AS family, 'training_sessions_attended' AS figure,
           1 AS amount, e.id::text AS event
      FROM training_enrolment e
      JOIN training_session s ON s.id = e.session_id
      JOIN training t ON t.id = s.training_id
     WHERE e.state IN ('attended', 'partly_attended') AND s.starts_at >= $1 AND s.starts_at < $2
    UNION ALL
    SELECT t.team_id, e.user_id, 'learning', 'training_minutes', e.attended_minutes, e.id::text
      FROM training_enrolment e
      JOIN training_session s ON s.id = e.session_id
      JOIN training t ON t.id = s.training_id
     WHERE e.state IN ('attended', 'partly_attended') AND e.attended_minutes > 0
       AND s.starts_at >= $1 AND s.starts_at < $2`,
  firstEvent: `(SELECT min(starts_at) FROM training_session)`,
};
