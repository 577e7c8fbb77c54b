import type { Routes } from '@angular/router';

const title = { nl: 'Teamontwikkeling', en: 'Team development' };

/**
 * Under appPaths.organisationDevelopment and appPaths.teamDevelopment: one page, which reads
 * from its route parameter (:organisationId or :teamId) whose report it is.
 */
export const organisationDevelopmentRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./team-development-page').then((m) => m.TeamDevelopmentPage),
    data: { title },
  },
];

export const teamDevelopmentRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./team-development-page').then((m) => m.TeamDevelopmentPage),
    data: { title },
  },
];
