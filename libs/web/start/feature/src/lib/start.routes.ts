import type { Routes } from '@angular/router';

export const startRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./start-page').then((m) => m.StartPage),
    data: { title: { nl: 'Start', en: 'Home' } },
  },
];
