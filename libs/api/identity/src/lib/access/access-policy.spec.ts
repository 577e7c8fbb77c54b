import { AccessPolicy, type Grants } from './access-policy';

const sut = new AccessPolicy();

function grants(overrides: Partial<Grants>): Grants {
  return {
    userId: 'u',
    platformAdmin: false,
    teamRoles: new Map(),
    adminOf: new Set(),
    twoFactor: true,
    ...overrides,
  };
}

describe(AccessPolicy.name, () => {
  it('lets a professional see their own team but not lead it', () => {
    const professional = grants({ teamRoles: new Map([['noord', 'professional']]) });

    expect(sut.mayInTeam(professional, 'team.view', 'noord', 'org')).toBe(true);
    expect(sut.mayInTeam(professional, 'team.lead', 'noord', 'org')).toBe(false);
    expect(sut.mayInTeam(professional, 'team.view', 'oost', 'org')).toBe(false);
  });

  it('lets a team lead lead their team only', () => {
    const lead = grants({ teamRoles: new Map([['noord', 'team_lead']]) });

    expect(sut.mayInTeam(lead, 'team.lead', 'noord', 'org')).toBe(true);
    expect(sut.mayInTeam(lead, 'team.lead', 'oost', 'org')).toBe(false);
  });

  it('lets an organisation admin manage their organisation and see, not lead, its teams', () => {
    const admin = grants({ adminOf: new Set(['voorbeeldstad']) });

    expect(sut.mayInOrganisation(admin, 'organisation.manage', 'voorbeeldstad')).toBe(true);
    expect(sut.mayInOrganisation(admin, 'organisation.manage', 'andere-gemeente')).toBe(false);
    expect(sut.mayInTeam(admin, 'team.view', 'noord', 'voorbeeldstad')).toBe(true);
    expect(sut.mayInTeam(admin, 'team.lead', 'noord', 'voorbeeldstad')).toBe(false);
    expect(sut.mayInTeam(admin, 'team.view', 'elders', 'andere-gemeente')).toBe(false);
  });

  it('gives a platform admin no access to organisations by that role alone', () => {
    const platformAdmin = grants({ platformAdmin: true });

    expect(sut.mayOnPlatform(platformAdmin)).toBe(true);
    expect(sut.mayInOrganisation(platformAdmin, 'organisation.manage', 'voorbeeldstad')).toBe(
      false,
    );
  });

  it('counts admin rights only with two-factor authentication on; team roles without it', () => {
    const withoutTwoFactor = grants({
      twoFactor: false,
      platformAdmin: true,
      adminOf: new Set(['voorbeeldstad']),
      teamRoles: new Map([['noord', 'team_lead']]),
    });

    expect(sut.mayOnPlatform(withoutTwoFactor)).toBe(false);
    expect(sut.mayInOrganisation(withoutTwoFactor, 'organisation.manage', 'voorbeeldstad')).toBe(
      false,
    );
    expect(sut.mayInTeam(withoutTwoFactor, 'team.manage_members', 'oost', 'voorbeeldstad')).toBe(
      false,
    );
    expect(sut.mayInTeam(withoutTwoFactor, 'team.lead', 'noord', 'voorbeeldstad')).toBe(true);
    expect(sut.mayOnPlatform(sut.withTwoFactor(withoutTwoFactor))).toBe(true);
  });
});
