import type { Routes } from '@angular/router';

export const profileRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./profile-page').then((m) => m.ProfilePage),
    data: { title: { nl: 'Mijn account', en: 'My account' } },
  },
];
