import { appPaths, link } from './app-paths';

describe(link.name, () => {
  it('makes absolute links and fills in parameters', () => {
    expect(link(appPaths.start)).toBe('/');
    expect(link(appPaths.organisationTeams, { organisationId: 'abc' })).toBe(
      '/organisatie/abc/teams',
    );
  });

  it('puts every page of the learning board under the board', () => {
    const board = link(appPaths.teamBoard, { teamId: 't1' });
    expect(board).toBe('/team/t1/leerbord');
    expect(link(appPaths.whyQuestion, { teamId: 't1', questionId: 'q1' })).toBe(
      `${board}/vragen/q1`,
    );
    expect(link(appPaths.newExperiment, { teamId: 't1' })).toBe(`${board}/experimenten/nieuw`);
  });

  it('gives organisation admins and team leaders each their own team-development page', () => {
    expect(link(appPaths.organisationDevelopment, { organisationId: 'o1' })).toBe(
      '/organisatie/o1/teamontwikkeling',
    );
    expect(link(appPaths.teamDevelopment, { teamId: 't1' })).toBe('/team/t1/teamontwikkeling');
  });

  it('refuses a link with a missing parameter', () => {
    expect(() => link(appPaths.invitation)).toThrow('needs token');
  });
});
