import { inject } from '@angular/core';
import type { CanActivateFn, Routes } from '@angular/router';
import { LessonPrefetch } from '@leerruimte/web-learning-data-access';

/**
 * Asks for the lesson while the lesson page's code loads, once the login guard has let the
 * person in: without first loading code of its own.
 */
const prefetchLesson: CanActivateFn = (route) => {
  const { moduleSlug, lessonSlug } = route.params;
  if (moduleSlug && lessonSlug) inject(LessonPrefetch).start(moduleSlug, lessonSlug);
  return true;
};

/** Under appPaths.catalogue ("leren"): the paths of appPaths.module and appPaths.lesson. */
export const learningRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./catalogue-page').then((m) => m.CataloguePage),
    data: { title: { nl: 'Leren', en: 'Learning' } },
  },
  {
    path: ':moduleSlug',
    loadComponent: () => import('./module-page').then((m) => m.ModulePage),
    data: { title: { nl: 'Module', en: 'Module' } },
  },
  {
    // Before the lesson route, which would take "afsluitende-toets" for a lesson's slug.
    path: ':moduleSlug/afsluitende-toets',
    loadComponent: () => import('./certificates/closing-test-page').then((m) => m.ClosingTestPage),
    data: { title: { nl: 'Afsluitende toets', en: 'Closing test' } },
  },
  {
    path: ':moduleSlug/:lessonSlug',
    canActivate: [prefetchLesson],
    loadComponent: () => import('./lesson/lesson-page').then((m) => m.LessonPage),
    data: { title: { nl: 'Les', en: 'Lesson' } },
  },
];

export const myLearningRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./my-learning-page').then((m) => m.MyLearningPage),
    data: { title: { nl: 'Mijn leren', en: 'My learning' } },
  },
];

export const teamLearningRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./team-learning-page').then((m) => m.TeamLearningPage),
    data: { title: { nl: 'Teamleren', en: 'Team learning' } },
  },
];

/** Under appPaths.cards ("kaartjes"); open to everyone, so a card can be shared as a link. */
export const cardRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./cards/cards-page').then((m) => m.CardsPage),
    data: { title: { nl: 'Denk- en doekaartjes', en: 'Think-and-do cards' } },
  },
  {
    path: ':cardSlug',
    loadComponent: () => import('./cards/card-page').then((m) => m.CardPage),
    data: { title: { nl: 'Kaartje', en: 'Card' } },
  },
];

/** Under appPaths.certificateVerification; public, reached by a certificate's QR code. */
export const certificateVerificationRoutes: Routes = [
  {
    path: '',
    loadComponent: () =>
      import('./certificates/verification-page').then((m) => m.CertificateVerificationPage),
    data: { title: { nl: 'Certificaat controleren', en: 'Verify a certificate' } },
  },
];

/** Under appPaths.organisationCertificates; for the organisation's admins. */
export const organisationCertificatesRoutes: Routes = [
  {
    path: '',
    loadComponent: () =>
      import('./certificates/organisation-certificates-page').then(
        (m) => m.OrganisationCertificatesPage,
      ),
    data: { title: { nl: 'Certificaten', en: 'Certificates' } },
  },
];
