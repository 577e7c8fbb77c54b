import { LESSON_TIME } from '../progress/learning-time';
import type { ReportActivity } from '@leerruimte/api-core';

/**
 * Learning in the reports: modules started and completed, and active learning time per lesson
 * (counted in the month of its last activity). Learning counts in every team the person is in now.
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
    SELECT m.team_id, t.user_id, 'learning', 'learning_minutes', round(t.seconds / 60.0)::int,
           t.user_id::text || t.lesson_id::text
      FROM ${LESSON_TIME} t
      JOIN team_membership m ON m.user_id = t.user_id
     WHERE t.last_active_at >= $1 AND t.last_active_at < $2`,
  firstEvent: `least((SELECT min(started_at) FROM module_enrolment),
                     (SELECT min(slot_start) FROM learning_time_slot))`,
};
