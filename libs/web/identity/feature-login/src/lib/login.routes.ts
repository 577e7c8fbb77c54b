import type { Routes } from '@angular/router';

export const loginRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./login-page').then((m) => m.LoginPage),
    data: { title: { nl: 'Inloggen', en: 'Log in' } },
  },
];

export const invitationRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./accept-invitation-page').then((m) => m.AcceptInvitationPage),
    data: { title: { nl: 'Uitnodiging', en: 'Invitation' } },
  },
];
