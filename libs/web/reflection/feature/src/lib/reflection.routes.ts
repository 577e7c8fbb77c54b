import type { Routes } from '@angular/router';

const promptsPage = () => import('./prompts-page').then((m) => m.PromptsPage);
const promptsTitle = { title: { nl: 'Reflecties', en: 'Reflections' } };

export const promptsRoutes: Routes = [
  { path: '', loadComponent: promptsPage, data: promptsTitle },
  // One prompt, from a mail or notification: the same page, opened at that question.
  { path: ':occurrenceId', loadComponent: promptsPage, data: promptsTitle },
];

export const teamReflectionRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./team-reflection-page').then((m) => m.TeamReflectionPage),
    data: { title: { nl: 'Teamreflectie', en: 'Team reflection' } },
  },
];
