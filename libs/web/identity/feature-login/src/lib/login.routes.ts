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

export const forgotPasswordRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./password-pages').then((m) => m.ForgotPasswordPage),
    data: { title: { nl: 'Wachtwoord vergeten', en: 'Forgot your password' } },
  },
];

export const resetPasswordRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./password-pages').then((m) => m.ResetPasswordPage),
    data: { title: { nl: 'Nieuw wachtwoord kiezen', en: 'Choose a new password' } },
  },
];

export const unlockRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./unlock-page').then((m) => m.UnlockPage),
    data: { title: { nl: 'Inloggen op dit apparaat', en: 'Log in on this device' } },
  },
];

export const ssoLinkRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./sso-link-page').then((m) => m.SsoLinkPage),
    data: { title: { nl: 'Account koppelen', en: 'Link your account' } },
  },
];
