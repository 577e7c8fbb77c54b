import type { ReportActivity } from '@leerruimte/api-core';

/**
 * Learning in the reports: modules started and completed, and the minutes of completed lessons.
 * Learning counts in every team the person is in now.
 */
export const learningActivity: ReportActivity = {
  events: `
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
     WHERE c.completed_at >= $1 AND c.completed_at < $2`,
  firstEvent: `least((SELECT min(started_at) FROM module_enrolment),
                     (SELECT min(completed_at) FROM lesson_completion))`,
};
