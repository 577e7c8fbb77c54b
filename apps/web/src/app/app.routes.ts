import type { Routes } from '@angular/router';
import { matchLoggedIn, requireLogin } from '@leerruimte/web-identity-data-access';
import { appPaths } from '@leerruimte/web-shared-util';

/** Every page is loaded lazily; paths come from the shared registry that links use too. */
export const appRoutes: Routes = [
  // One address, two pages: "Vandaag" with your own work, or the introduction for a visitor.
  {
    path: appPaths.start,
    pathMatch: 'full',
    canMatch: [matchLoggedIn],
    loadChildren: () => import('@leerruimte/web-today-feature').then((m) => m.todayRoutes),
  },
  {
    path: appPaths.start,
    pathMatch: 'full',
    loadChildren: () => import('@leerruimte/web-start-feature').then((m) => m.startRoutes),
  },
  {
    path: appPaths.login,
    loadChildren: () => import('@leerruimte/web-identity-feature-login').then((m) => m.loginRoutes),
  },
  {
    path: appPaths.forgotPassword,
    loadChildren: () =>
      import('@leerruimte/web-identity-feature-login').then((m) => m.forgotPasswordRoutes),
  },
  {
    path: appPaths.resetPassword,
    loadChildren: () =>
      import('@leerruimte/web-identity-feature-login').then((m) => m.resetPasswordRoutes),
  },
  {
    path: appPaths.invitation,
    loadChildren: () =>
      import('@leerruimte/web-identity-feature-login').then((m) => m.invitationRoutes),
  },
  {
    path: appPaths.organisationTeams,
    canActivate: [requireLogin],
    loadChildren: () =>
      import('@leerruimte/web-identity-feature-admin').then((m) => m.organisationTeamsRoutes),
  },
  {
    path: appPaths.organisationDevelopment,
    canActivate: [requireLogin],
    loadChildren: () =>
      import('@leerruimte/web-reporting-feature').then((m) => m.organisationDevelopmentRoutes),
  },
  {
    path: appPaths.profile,
    canActivate: [requireLogin],
    loadChildren: () =>
      import('@leerruimte/web-identity-feature-account').then((m) => m.profileRoutes),
  },
  {
    path: appPaths.organisations,
    canActivate: [requireLogin],
    loadChildren: () =>
      import('@leerruimte/web-identity-feature-admin').then((m) => m.organisationsRoutes),
  },
  {
    path: appPaths.queues,
    canActivate: [requireLogin],
    loadChildren: () =>
      import('@leerruimte/web-identity-feature-admin').then((m) => m.queuesRoutes),
  },
  {
    path: appPaths.outbox,
    canActivate: [requireLogin],
    loadChildren: () =>
      import('@leerruimte/web-identity-feature-admin').then((m) => m.outboxRoutes),
  },
  {
    path: appPaths.catalogue,
    canActivate: [requireLogin],
    loadChildren: () => import('@leerruimte/web-learning-feature').then((m) => m.learningRoutes),
  },
  {
    path: appPaths.myLearning,
    canActivate: [requireLogin],
    loadChildren: () => import('@leerruimte/web-learning-feature').then((m) => m.myLearningRoutes),
  },
  {
    path: appPaths.teamLearning,
    canActivate: [requireLogin],
    loadChildren: () =>
      import('@leerruimte/web-learning-feature').then((m) => m.teamLearningRoutes),
  },
  {
    path: appPaths.prompts,
    canActivate: [requireLogin],
    loadChildren: () => import('@leerruimte/web-reflection-feature').then((m) => m.promptsRoutes),
  },
  {
    path: appPaths.teamReflection,
    canActivate: [requireLogin],
    loadChildren: () =>
      import('@leerruimte/web-reflection-feature').then((m) => m.teamReflectionRoutes),
  },
  {
    path: appPaths.teamDevelopment,
    canActivate: [requireLogin],
    loadChildren: () =>
      import('@leerruimte/web-reporting-feature').then((m) => m.teamDevelopmentRoutes),
  },
  {
    path: appPaths.teamBoard,
    canActivate: [requireLogin],
    loadChildren: () => import('@leerruimte/web-board-feature').then((m) => m.boardRoutes),
  },
  {
    path: appPaths.cards,
    loadChildren: () => import('@leerruimte/web-learning-feature').then((m) => m.cardRoutes),
  },
  {
    path: '**',
    loadComponent: () => import('./not-found-page').then((m) => m.NotFoundPage),
    data: { title: { nl: 'Pagina niet gevonden', en: 'Page not found' } },
  },
];
