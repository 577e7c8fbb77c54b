import type { Routes } from '@angular/router';

export const todayRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./today-page').then((m) => m.TodayPage),
    data: { title: { nl: 'Vandaag', en: 'Today' } },
  },
];
