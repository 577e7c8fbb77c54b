import { TodaySectionName, type TodaySectionValues, type TodayViewer } from '@leerruimte/api-core';
import { assembleToday } from './assemble-today';

const viewer: TodayViewer = {
  userId: 'u',
  teams: [
    { teamId: 'centrum', teamName: 'Centrum', organisationId: 'o', role: 'team_lead' },
    { teamId: 'noord', teamName: 'Noord', organisationId: 'o', role: 'professional' },
    { teamId: 'oost', teamName: 'Oost', organisationId: 'o', role: 'team_lead' },
  ],
  administers: [],
  platformAdmin: false,
};

function sections(overrides: Partial<TodaySectionValues>): TodaySectionValues {
  return {
    [TodaySectionName.Prompts]: [],
    [TodaySectionName.Moments]: [],
    [TodaySectionName.LastPrompts]: [],
    [TodaySectionName.Assignments]: [],
    [TodaySectionName.ContinueLearning]: null,
    [TodaySectionName.Agenda]: [],
    [TodaySectionName.ExperimentsToEvaluate]: [],
    [TodaySectionName.Organisations]: [],
    [TodaySectionName.Platform]: null,
    ...overrides,
  };
}

const lastPrompt = {
  momentId: 'm',
  question: 'Wat leerde je?',
  deliveredAt: '2026-11-20T14:00:00.000Z',
  asked: 4,
  answered: 3,
};

describe(assembleToday.name, () => {
  it("joins a lead's last prompt and experiments per team they lead, in team order", () => {
    const sut = assembleToday(
      viewer,
      sections({
        [TodaySectionName.LastPrompts]: [{ teamId: 'oost', lastPrompt }],
        [TodaySectionName.ExperimentsToEvaluate]: [
          { teamId: 'centrum', experimentId: 'e1', title: 'Eerst bellen', since: 'a' },
          { teamId: 'oost', experimentId: 'e2', title: 'Samen op pad', since: 'b' },
        ],
      }),
    );

    expect(sut.ledTeams).toEqual([
      {
        teamId: 'centrum',
        teamName: 'Centrum',
        lastPrompt: null,
        experimentsToEvaluate: [{ experimentId: 'e1', title: 'Eerst bellen', since: 'a' }],
      },
      {
        teamId: 'oost',
        teamName: 'Oost',
        lastPrompt,
        experimentsToEvaluate: [{ experimentId: 'e2', title: 'Samen op pad', since: 'b' }],
      },
    ]);
  });

  it('has no led teams for someone who leads none', () => {
    const sut = assembleToday({ ...viewer, teams: viewer.teams.slice(1, 2) }, sections({}));

    expect(sut.ledTeams).toEqual([]);
    expect(sut).toEqual({
      prompts: [],
      assignments: [],
      continueLearning: null,
      moments: [],
      agenda: [],
      ledTeams: [],
      organisations: [],
      platform: null,
    });
  });
});
