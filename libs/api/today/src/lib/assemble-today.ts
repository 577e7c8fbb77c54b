import { TodaySectionName, type TodaySectionValues, type TodayViewer } from '@leerruimte/api-core';
import type { Today } from '@leerruimte/shared-contracts';

/**
 * Vandaag from its sections. A team lead's figures come from two domains (reflection's last
 * prompt, the board's experiments to evaluate) and are joined per team the viewer leads.
 */
export function assembleToday(viewer: TodayViewer, sections: TodaySectionValues): Today {
  const lastPrompts = new Map(
    sections[TodaySectionName.LastPrompts].map((row) => [row.teamId, row.lastPrompt]),
  );
  const toEvaluate = sections[TodaySectionName.ExperimentsToEvaluate];
  return {
    prompts: sections[TodaySectionName.Prompts],
    assignments: sections[TodaySectionName.Assignments],
    continueLearning: sections[TodaySectionName.ContinueLearning],
    moments: sections[TodaySectionName.Moments],
    agenda: sections[TodaySectionName.Agenda],
    ledTeams: viewer.teams
      .filter((team) => team.role === 'team_lead')
      .map((team) => ({
        teamId: team.teamId,
        teamName: team.teamName,
        lastPrompt: lastPrompts.get(team.teamId) ?? null,
        experimentsToEvaluate: toEvaluate
          .filter((experiment) => experiment.teamId === team.teamId)
          .map(({ teamId: _teamId, ...experiment }) => experiment),
      })),
    organisations: sections[TodaySectionName.Organisations],
    platform: sections[TodaySectionName.Platform],
  };
}
