import type { Routes } from '@angular/router';

export const agendaRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./agenda-page').then((m) => m.AgendaPage),
    data: { title: { nl: 'Agenda', en: 'Schedule' } },
  },
];
