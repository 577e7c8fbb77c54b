/**
 * Every page's path, in one place: the web app's route table and links, and the links the API
 * puts in mails, notifications and calendar feeds, so a renamed page cannot leave a dead link.
 */
export const appPaths = {
  start: '',
  login: 'inloggen',
  forgotPassword: 'wachtwoord-vergeten',
  resetPassword: 'wachtwoord-herstellen/:token',
  invitation: 'uitnodiging/:token',
  unlockLogin: 'ontgrendelen/:token',
  ssoLink: 'inloggen/koppelen/:token',
  organisationSso: 'organisatie/:organisationId/inloggen',
  organisationImport: 'organisatie/:organisationId/importeren',
  organisationTeams: 'organisatie/:organisationId/teams',
  organisationDevelopment: 'organisatie/:organisationId/teamontwikkeling',
  organisationCertificates: 'organisatie/:organisationId/certificaten',
  organisationTrainings: 'organisatie/:organisationId/trainingen',
  newOrganisationTraining: 'organisatie/:organisationId/trainingen/nieuw',
  outbox: 'beheer/outbox',
  organisations: 'beheer/organisaties',
  queues: 'beheer/wachtrijen',
  profile: 'profiel',
  catalogue: 'leren',
  module: 'leren/:moduleSlug',
  closingTest: 'leren/:moduleSlug/afsluitende-toets',
  lesson: 'leren/:moduleSlug/:lessonSlug',
  certificateVerification: 'certificaat/:code',
  myLearning: 'mijn-leren',
  agenda: 'agenda',
  teamLearning: 'team/:teamId/leren',
  prompts: 'reflecties',
  prompt: 'reflecties/:occurrenceId',
  teamReflection: 'team/:teamId/reflectie',
  teamDevelopment: 'team/:teamId/teamontwikkeling',
  teamBoard: 'team/:teamId/leerbord',
  whyQuestions: 'team/:teamId/leerbord/vragen',
  newWhyQuestion: 'team/:teamId/leerbord/vragen/nieuw',
  whyQuestion: 'team/:teamId/leerbord/vragen/:questionId',
  cases: 'team/:teamId/leerbord/casussen',
  newCase: 'team/:teamId/leerbord/casussen/nieuw',
  case: 'team/:teamId/leerbord/casussen/:caseId',
  experiments: 'team/:teamId/leerbord/experimenten',
  newExperiment: 'team/:teamId/leerbord/experimenten/nieuw',
  experiment: 'team/:teamId/leerbord/experimenten/:experimentId',
  boardHistory: 'team/:teamId/leerbord/geschiedenis',
  trainings: 'team/:teamId/trainingen',
  newTraining: 'team/:teamId/trainingen/nieuw',
  trainingSession: 'team/:teamId/trainingen/bijeenkomst/:sessionId',
  checkIn: 'team/:teamId/trainingen/inchecken/:sessionId',
  trainerGuide: 'team/:teamId/trainingen/handleiding/:templateSlug/:guideSlug',
  cards: 'kaartjes',
  card: 'kaartjes/:cardSlug',
  search: 'zoeken',
  notifications: 'meldingen',
  unsubscribe: 'afmelden',
} as const;

export type AppPath = (typeof appPaths)[keyof typeof appPaths];

/**
 * An absolute router link for a path, with its `:parameters` filled in:
 * `link(appPaths.organisationTeams, { organisationId })`.
 */
export function link(path: AppPath, params: Record<string, string> = {}): string {
  return `/${path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`link(${path}) needs ${name}`);
    return encodeURIComponent(value);
  })}`;
}
