import type { Routes } from '@angular/router';

export const promptsRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./prompts-page').then((m) => m.PromptsPage),
    data: { title: { nl: 'Reflecties', en: 'Reflections' } },
  },
];
