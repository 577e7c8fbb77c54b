import type { CurrentUser } from '@leerruimte/shared-contracts';
import { appPaths, link } from '@leerruimte/web-shared-util';
import type { shellTexts } from './shell.texts';

type NavTexts = (typeof shellTexts)['nl']['nav'];

export interface NavItem {
  label: string;
  link: string;
  /** Only the page itself, not the pages under it, counts as "here" (the home page). */
  exact?: boolean;
}

export interface NavSection {
  id: 'mine' | 'team' | 'organisation' | 'platform';
  /** Null for the first section, which needs no heading. */
  heading: string | null;
  items: NavItem[];
}

type Team = CurrentUser['teams'][number];

/**
 * The menu for this person: their own work, the chosen team's pages (by role), the organisation
 * they manage and the platform pages. Sections without items are left out.
 */
export function navigationFor(
  user: CurrentUser,
  team: Team | null,
  t: NavTexts,
  headings: { team: string; platform: string },
): NavSection[] {
  const mine: NavSection = {
    id: 'mine',
    heading: null,
    items: [
      { label: t.today, link: link(appPaths.start), exact: true },
      { label: t.agenda, link: link(appPaths.agenda) },
      { label: t.learning, link: link(appPaths.catalogue) },
      { label: t.myLearning, link: link(appPaths.myLearning) },
      { label: t.prompts, link: link(appPaths.prompts) },
      { label: t.cards, link: link(appPaths.cards) },
    ],
  };
  const managed = user.organisations.find((organisation) => organisation.admin);
  const teamItems: NavItem[] = [];
  if (team) {
    const teamId = team.id;
    teamItems.push(
      { label: t.teamBoard, link: link(appPaths.teamBoard, { teamId }) },
      { label: t.trainings, link: link(appPaths.trainings, { teamId }) },
    );
    if (team.role === 'team_lead') {
      teamItems.push(
        { label: t.teamLearning, link: link(appPaths.teamLearning, { teamId }) },
        { label: t.teamReflection, link: link(appPaths.teamReflection, { teamId }) },
      );
      // An admin of the team's organisation has this team in the organisation's report.
      if (managed?.id !== team.organisationId) {
        teamItems.push({
          label: t.teamDevelopment,
          link: link(appPaths.teamDevelopment, { teamId }),
        });
      }
    }
  }
  const organisationItems: NavItem[] = managed
    ? [
        {
          label: t.teams,
          link: link(appPaths.organisationTeams, { organisationId: managed.id }),
        },
        {
          label: t.teamDevelopment,
          link: link(appPaths.organisationDevelopment, { organisationId: managed.id }),
        },
        {
          label: t.organisationTrainings,
          link: link(appPaths.organisationTrainings, { organisationId: managed.id }),
        },
        {
          label: t.certificates,
          link: link(appPaths.organisationCertificates, { organisationId: managed.id }),
        },
        {
          label: t.signIn,
          link: link(appPaths.organisationSso, { organisationId: managed.id }),
        },
      ]
    : [];
  const platformItems: NavItem[] = user.platformAdmin
    ? [
        { label: t.organisations, link: link(appPaths.organisations) },
        { label: t.outbox, link: link(appPaths.outbox) },
        { label: t.queues, link: link(appPaths.queues) },
      ]
    : [];
  return [
    mine,
    { id: 'team' as const, heading: headings.team, items: teamItems },
    { id: 'organisation' as const, heading: managed?.name ?? null, items: organisationItems },
    { id: 'platform' as const, heading: headings.platform, items: platformItems },
  ].filter((section) => section.items.length > 0);
}

/** What a visitor can open without an account: the introduction and the cards. */
export function visitorNavigation(t: NavTexts): NavSection[] {
  return [
    {
      id: 'mine',
      heading: null,
      items: [
        { label: t.start, link: link(appPaths.start), exact: true },
        { label: t.cards, link: link(appPaths.cards) },
      ],
    },
  ];
}

/** The team a page belongs to, from its URL (`/team/:teamId/...`). */
export function teamIdInUrl(url: string): string | null {
  const match = /^\/team\/([^/?#]+)/.exec(url);
  return match ? decodeURIComponent(match[1]) : null;
}
