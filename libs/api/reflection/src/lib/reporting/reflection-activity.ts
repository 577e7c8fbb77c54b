import type { ReportActivity } from '@leerruimte/api-core';
import { pulseStatements } from '@leerruimte/shared-contracts';

/**
 * Reflection in the reports: prompts asked (in the app) and answered, by the team of the
 * moment; and the anonymous pulse, as sums of scores without people.
 */
export const reflectionActivity: ReportActivity = {
  events: `
    SELECT rm.team_id, d.user_id, 'reflection' AS family, 'prompts_asked' AS figure, 1 AS amount,
           d.id::text AS event
      FROM reflection_delivery d
      JOIN reflection_occurrence o ON o.id = d.occurrence_id
      JOIN reflection_moment rm ON rm.id = o.moment_id
     WHERE d.channel = 'in_app' AND o.delivered_at >= $1 AND o.delivered_at < $2
    UNION ALL
    SELECT rm.team_id, a.user_id, 'reflection', 'prompts_answered', 1, a.id::text
      FROM reflection_answer a
      JOIN reflection_occurrence o ON o.id = a.occurrence_id
      JOIN reflection_moment rm ON rm.id = o.moment_id
     WHERE o.delivered_at >= $1 AND o.delivered_at < $2`,
  firstEvent: `(SELECT min(delivered_at) FROM reflection_occurrence)`,
  pulse: `
    SELECT rm.team_id, count(*) AS responses,
           ${pulseStatements.map((statement) => `sum((p.scores->>'${statement}')::int) AS "${statement}"`).join(', ')}
      FROM pulse_response p
      JOIN reflection_occurrence o ON o.id = p.occurrence_id
      JOIN reflection_moment rm ON rm.id = o.moment_id
     WHERE o.delivered_at >= $1 AND o.delivered_at < $2
     GROUP BY rm.team_id, o.id`,
};
