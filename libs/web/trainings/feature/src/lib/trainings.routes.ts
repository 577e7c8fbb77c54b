import type { Routes } from '@angular/router';
import { type AppPath, appPaths } from '@leerruimte/web-shared-util';

/** A trainings page's path below appPaths.trainings, so routes and links cannot drift apart. */
function below(path: AppPath): string {
  return path.slice(appPaths.trainings.length + 1);
}

/** Under appPaths.trainings ("team/:teamId/trainingen"): every page receives :teamId. */
export const trainingsRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./trainings-page').then((m) => m.TrainingsPage),
    data: { title: { nl: 'Trainingen', en: 'Trainings' } },
  },
  {
    path: below(appPaths.newTraining),
    loadComponent: () => import('./new-training-page').then((m) => m.NewTrainingPage),
    data: { title: { nl: 'Nieuwe training', en: 'New training' } },
  },
  {
    path: below(appPaths.trainingSession),
    loadComponent: () => import('./session-register-page').then((m) => m.SessionRegisterPage),
    data: { title: { nl: 'Presentielijst', en: 'Attendance register' } },
  },
  {
    path: below(appPaths.trainerGuide),
    loadComponent: () => import('./trainer-guide-page').then((m) => m.TrainerGuidePage),
    data: { title: { nl: 'Trainershandleiding', en: 'Trainer guide' } },
  },
  {
    path: below(appPaths.checkIn),
    loadComponent: () => import('./check-in-page').then((m) => m.CheckInPage),
    data: { title: { nl: 'Inchecken', en: 'Check in' } },
  },
];

/** Under appPaths.organisationTrainings: every page receives :organisationId. */
export const organisationTrainingsRoutes: Routes = [
  {
    path: '',
    loadComponent: () =>
      import('./organisation-trainings-page').then((m) => m.OrganisationTrainingsPage),
    data: { title: { nl: 'Trainingen voor teams', en: 'Trainings for teams' } },
  },
  {
    path: appPaths.newOrganisationTraining.slice(appPaths.organisationTrainings.length + 1),
    loadComponent: () => import('./new-training-page').then((m) => m.NewTrainingPage),
    data: { title: { nl: 'Training voor teams', en: 'Training for teams' } },
  },
];
