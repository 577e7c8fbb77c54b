import type { Routes } from '@angular/router';
import { type AppPath, appPaths } from '@leerruimte/web-shared-util';

/** A board page's path below appPaths.teamBoard, so the routes and links cannot drift apart. */
function below(path: AppPath): string {
  return path.slice(appPaths.teamBoard.length + 1);
}

/**
 * Under appPaths.teamBoard ("team/:teamId/leerbord"), which has no component of its own, so
 * every page here receives :teamId as an input.
 */
export const boardRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./board-page').then((m) => m.BoardPage),
    data: { title: { nl: 'Leerbord', en: 'Learning board' } },
  },
  {
    path: below(appPaths.whyQuestions),
    loadComponent: () => import('./questions/questions-page').then((m) => m.QuestionsPage),
    data: { title: { nl: 'Waarom-vragen', en: 'Why-questions' } },
  },
  {
    path: below(appPaths.newWhyQuestion),
    loadComponent: () => import('./questions/new-question-page').then((m) => m.NewQuestionPage),
    data: { title: { nl: 'Nieuwe waarom-vraag', en: 'New why-question' } },
  },
  {
    path: below(appPaths.whyQuestion),
    loadComponent: () => import('./questions/question-page').then((m) => m.QuestionPage),
    data: { title: { nl: 'Waarom-vraag', en: 'Why-question' } },
  },
  {
    path: below(appPaths.experiments),
    loadComponent: () => import('./experiments/experiments-page').then((m) => m.ExperimentsPage),
    data: { title: { nl: 'Experimenten', en: 'Experiments' } },
  },
  {
    path: below(appPaths.newExperiment),
    loadComponent: () =>
      import('./experiments/new-experiment-page').then((m) => m.NewExperimentPage),
    data: { title: { nl: 'Nieuw experiment', en: 'New experiment' } },
  },
  {
    path: below(appPaths.experiment),
    loadComponent: () => import('./experiments/experiment-page').then((m) => m.ExperimentPage),
    data: { title: { nl: 'Experiment', en: 'Experiment' } },
  },
  {
    path: below(appPaths.cases),
    loadComponent: () => import('./cases/cases-page').then((m) => m.CasesPage),
    data: { title: { nl: 'Casussen', en: 'Cases' } },
  },
  {
    path: below(appPaths.newCase),
    loadComponent: () => import('./cases/new-case-page').then((m) => m.NewCasePage),
    data: { title: { nl: 'Nieuwe casus', en: 'New case' } },
  },
  {
    path: below(appPaths.case),
    loadComponent: () => import('./cases/case-page').then((m) => m.CasePage),
    data: { title: { nl: 'Casus', en: 'Case' } },
  },
  {
    path: below(appPaths.boardHistory),
    loadComponent: () => import('./history-page').then((m) => m.HistoryPage),
    data: { title: { nl: 'Wat we leerden', en: 'What we learned' } },
  },
];
