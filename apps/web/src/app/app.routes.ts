import type { Routes } from '@angular/router';
import { matchLoggedIn, requireLogin } from '@leerruimte/web-identity-data-access';
import { boardRoutes } from '@leerruimte/web-board-feature';
import { profileRoutes } from '@leerruimte/web-identity-feature-account';
import {
  organisationImportRoutes,
  organisationSsoRoutes,
  organisationTeamsRoutes,
  organisationsRoutes,
  outboxRoutes,
  queuesRoutes,
} from '@leerruimte/web-identity-feature-admin';
import {
  forgotPasswordRoutes,
  invitationRoutes,
  loginRoutes,
  resetPasswordRoutes,
  ssoLinkRoutes,
  unlockRoutes,
} from '@leerruimte/web-identity-feature-login';
import {
  cardRoutes,
  certificateVerificationRoutes,
  learningRoutes,
  organisationCertificatesRoutes,
  myLearningRoutes,
  teamLearningRoutes,
} from '@leerruimte/web-learning-feature';
import { promptsRoutes, teamReflectionRoutes } from '@leerruimte/web-reflection-feature';
import {
  organisationDevelopmentRoutes,
  teamDevelopmentRoutes,
} from '@leerruimte/web-reporting-feature';
import { notificationsRoutes, unsubscribeRoutes } from '@leerruimte/web-notifications-feature';
import { agendaRoutes } from '@leerruimte/web-agenda-feature';
import { searchRoutes } from '@leerruimte/web-search-feature';
import { startRoutes } from '@leerruimte/web-start-feature';
import { todayRoutes } from '@leerruimte/web-today-feature';
import { organisationTrainingsRoutes, trainingsRoutes } from '@leerruimte/web-trainings-feature';
import { appPaths } from '@leerruimte/web-shared-util';

/**
 * Every page is loaded lazily; paths come from the shared registry that links use too. The
 * route tables themselves are small and part of the first download, so a page's own code is
 * the only thing fetched before it shows (one round trip less on a phone).
 */
export const appRoutes: Routes = [
  // One address, two pages: "Vandaag" with your own work, or the introduction for a visitor.
  {
    path: appPaths.start,
    pathMatch: 'full',
    canMatch: [matchLoggedIn],
    children: todayRoutes,
  },
  {
    path: appPaths.start,
    pathMatch: 'full',
    children: startRoutes,
  },
  {
    path: appPaths.ssoLink,
    children: ssoLinkRoutes,
  },
  {
    path: appPaths.login,
    children: loginRoutes,
  },
  {
    path: appPaths.forgotPassword,
    children: forgotPasswordRoutes,
  },
  {
    path: appPaths.resetPassword,
    children: resetPasswordRoutes,
  },
  {
    path: appPaths.unlockLogin,
    children: unlockRoutes,
  },
  {
    path: appPaths.invitation,
    children: invitationRoutes,
  },
  {
    path: appPaths.organisationTeams,
    canActivate: [requireLogin],
    children: organisationTeamsRoutes,
  },
  {
    path: appPaths.organisationImport,
    canActivate: [requireLogin],
    children: organisationImportRoutes,
  },
  {
    path: appPaths.organisationSso,
    canActivate: [requireLogin],
    children: organisationSsoRoutes,
  },
  {
    path: appPaths.organisationDevelopment,
    canActivate: [requireLogin],
    children: organisationDevelopmentRoutes,
  },
  {
    path: appPaths.organisationCertificates,
    canActivate: [requireLogin],
    children: organisationCertificatesRoutes,
  },
  {
    path: appPaths.organisationTrainings,
    canActivate: [requireLogin],
    children: organisationTrainingsRoutes,
  },
  {
    path: appPaths.profile,
    canActivate: [requireLogin],
    children: profileRoutes,
  },
  {
    path: appPaths.organisations,
    canActivate: [requireLogin],
    children: organisationsRoutes,
  },
  {
    path: appPaths.queues,
    canActivate: [requireLogin],
    children: queuesRoutes,
  },
  {
    path: appPaths.outbox,
    canActivate: [requireLogin],
    children: outboxRoutes,
  },
  {
    path: appPaths.catalogue,
    canActivate: [requireLogin],
    children: learningRoutes,
  },
  {
    path: appPaths.myLearning,
    canActivate: [requireLogin],
    children: myLearningRoutes,
  },
  {
    path: appPaths.agenda,
    canActivate: [requireLogin],
    children: agendaRoutes,
  },
  {
    path: appPaths.teamLearning,
    canActivate: [requireLogin],
    children: teamLearningRoutes,
  },
  {
    path: appPaths.prompts,
    canActivate: [requireLogin],
    children: promptsRoutes,
  },
  {
    path: appPaths.teamReflection,
    canActivate: [requireLogin],
    children: teamReflectionRoutes,
  },
  {
    path: appPaths.teamDevelopment,
    canActivate: [requireLogin],
    children: teamDevelopmentRoutes,
  },
  {
    path: appPaths.teamBoard,
    canActivate: [requireLogin],
    children: boardRoutes,
  },
  {
    path: appPaths.trainings,
    canActivate: [requireLogin],
    children: trainingsRoutes,
  },
  {
    path: appPaths.cards,
    children: cardRoutes,
  },
  {
    path: appPaths.certificateVerification,
    children: certificateVerificationRoutes,
  },
  {
    path: appPaths.search,
    canActivate: [requireLogin],
    children: searchRoutes,
  },
  {
    path: appPaths.notifications,
    canActivate: [requireLogin],
    children: notificationsRoutes,
  },
  {
    path: appPaths.unsubscribe,
    children: unsubscribeRoutes,
  },
  {
    path: '**',
    loadComponent: () => import('./not-found-page').then((m) => m.NotFoundPage),
    data: { title: { nl: 'Pagina niet gevonden', en: 'Page not found' } },
  },
];
