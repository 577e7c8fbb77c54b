import type { Routes } from '@angular/router';

export const organisationTeamsRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./organisation-teams-page').then((m) => m.OrganisationTeamsPage),
    data: { title: { nl: 'Teams beheren', en: 'Manage teams' } },
  },
];

export const outboxRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./outbox-page').then((m) => m.OutboxPage),
    data: { title: { nl: 'Verstuurde e-mail', en: 'Sent e-mail' } },
  },
];

export const organisationsRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./organisations-page').then((m) => m.OrganisationsPage),
    data: { title: { nl: 'Organisaties', en: 'Organisations' } },
  },
];

export const queuesRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./queues-page').then((m) => m.QueuesPage),
    data: { title: { nl: 'Wachtrijen', en: 'Queues' } },
  },
];

export const organisationSsoRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./sso-settings-page').then((m) => m.SsoSettingsPage),
    data: {
      title: { nl: 'Inloggen via de organisatie', en: 'Signing in through the organisation' },
    },
  },
];

export const organisationImportRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./people-import-page').then((m) => m.PeopleImportPage),
    data: { title: { nl: 'Mensen importeren', en: 'Import people' } },
  },
];
