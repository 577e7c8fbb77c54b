import { appPaths, link } from './app-paths';

describe(link.name, () => {
  it('makes absolute links and fills in parameters', () => {
    expect(link(appPaths.start)).toBe('/');
    expect(link(appPaths.organisationTeams, { organisationId: 'abc' })).toBe(
      '/organisatie/abc/teams',
    );
  });

  it('refuses a link with a missing parameter', () => {
    expect(() => link(appPaths.invitation)).toThrow('needs token');
  });
});
