import type { Routes } from '@angular/router';

export const notificationsRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./notifications-page').then((m) => m.NotificationsPage),
    data: { title: { nl: 'Meldingen', en: 'Notifications' } },
  },
];

/** From a mail's unsubscribe link; open to everyone, the link's secret decides. */
export const unsubscribeRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./unsubscribe-page').then((m) => m.UnsubscribePage),
    data: { title: { nl: 'Afmelden voor mail', en: 'Unsubscribe from mail' } },
  },
];
