import type { TodayViewer } from '@leerruimte/api-core';
import { type Counts, emptyCounts } from '../figures/report-figures';
import { type OrganisationTeamRow, organisationSummaries } from './reporting-today';

const viewer: TodayViewer = {
  userId: 'u',
  teams: [],
  administers: [{ organisationId: 'org', organisationName: 'Gemeente A' }],
  platformAdmin: false,
};

const counts = (values: Partial<Counts>): Counts => ({ ...emptyCounts(), ...values });

function team(name: string, figures: Partial<Counts> | null, members = 6): OrganisationTeamRow {
  return {
    organisation_id: 'org',
    minimum_group_size: 3,
    organisation_figures: counts({ learning_people: 20, reflection_people: 20, board_people: 20 }),
    team_id: name.toLowerCase(),
    team_name: name,
    member_count: members,
    team_figures: figures && counts(figures),
  };
}

describe(organisationSummaries.name, () => {
  it("shows this month's figures of teams with enough people", () => {
    const [sut] = organisationSummaries(
      [
        team('Noord', {
          modules_completed: 4,
          learning_people: 5,
          prompts_asked: 8,
          prompts_answered: 6,
          reflection_people: 4,
          experiments_started: 2,
          board_people: 3,
        }),
      ],
      viewer,
    );

    expect(sut).toEqual({
      organisationId: 'org',
      organisationName: 'Gemeente A',
      minimumGroupSize: 3,
      teams: [
        {
          teamId: 'noord',
          teamName: 'Noord',
          memberCount: 6,
          modulesCompleted: 4,
          participation: 0.75,
          experimentsStarted: 2,
        },
      ],
    });
  });

  it('suppresses a figure from fewer people than the minimum, and the smallest other team with it', () => {
    const [sut] = organisationSummaries(
      [
        team('Noord', { modules_completed: 1, learning_people: 2 }),
        team('Oost', { modules_completed: 3, learning_people: 4 }),
        team('Zuid', { modules_completed: 6, learning_people: 9 }),
      ],
      viewer,
    );

    expect(sut.teams.map((row) => [row.teamName, row.modulesCompleted])).toEqual([
      ['Noord', null],
      ['Oost', null],
      ['Zuid', 6],
    ]);
  });

  it('hides as the dashboard does for an admin who also leads a team: never with that team alone', () => {
    // The admin leads Oost and sees its figures as its lead: Oost, the smallest other team,
    // cannot be Noord's companion, so West is hidden with Noord instead.
    const lead: TodayViewer = {
      ...viewer,
      teams: [{ teamId: 'oost', teamName: 'Oost', organisationId: 'org', role: 'team_lead' }],
    };
    const [sut] = organisationSummaries(
      [
        team('Noord', { modules_completed: 1, learning_people: 2 }),
        team('Oost', { modules_completed: 3, learning_people: 4 }),
        team('Zuid', { modules_completed: 6, learning_people: 9 }),
        team('West', { modules_completed: 7, learning_people: 5 }),
      ],
      lead,
    );

    expect(sut.teams.map((row) => [row.teamName, row.modulesCompleted])).toEqual([
      ['Noord', null],
      ['Oost', 3],
      ['Zuid', 6],
      ['West', null],
    ]);
  });

  it('shows zeros for a team without activity this month, and the default minimum without a setting', () => {
    const [sut] = organisationSummaries(
      [{ ...team('Noord', null), minimum_group_size: null, organisation_figures: null }],
      viewer,
    );

    expect(sut.minimumGroupSize).toBe(5);
    expect(sut.teams[0]).toMatchObject({
      modulesCompleted: 0,
      participation: 0,
      experimentsStarted: 0,
    });
  });

  it('lists an organisation without teams with no teams', () => {
    const sut = organisationSummaries(
      [
        {
          organisation_id: 'org',
          minimum_group_size: null,
          organisation_figures: null,
          team_id: null,
          team_name: null,
          member_count: 0,
          team_figures: null,
        },
      ],
      viewer,
    );

    expect(sut).toEqual([
      { organisationId: 'org', organisationName: 'Gemeente A', minimumGroupSize: 5, teams: [] },
    ]);
  });
});
