import type { Routes } from '@angular/router';

export const promptsRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./prompts-page').then((m) => m.PromptsPage),
    data: { title: { nl: 'Reflecties', en: 'Reflections' } },
  },
];

export const teamReflectionRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./team-reflection-page').then((m) => m.TeamReflectionPage),
    data: { title: { nl: 'Teamreflectie', en: 'Team reflection' } },
  },
];
