import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { readFileSync } from 'node:fs';
import { OPENAPI_PATH } from './openapi-path';
import {
  type World,
  WORLD_PASSWORD,
  buildWorld,
  createTestHttpApp,
  forgetRateLimits,
} from './test-world';

/**
 * Every endpoint in the OpenAPI document, called by every kind of caller. A new endpoint without
 * a row here fails the test, so nobody can add a route and forget who may use it.
 */
const callers = [
  'anonymous',
  'otherOrganisation',
  'otherTeamSameOrganisation',
  'professional',
  'teamLead',
  'organisationAdmin',
] as const;
type Caller = (typeof callers)[number];
type Expectation = Record<Caller, 'allow' | 'deny'>;

const everyone: Expectation = {
  anonymous: 'allow',
  otherOrganisation: 'allow',
  otherTeamSameOrganisation: 'allow',
  professional: 'allow',
  teamLead: 'allow',
  organisationAdmin: 'allow',
};
const loggedIn: Expectation = { ...everyone, anonymous: 'deny' };
const organisationAdminOnly: Expectation = {
  anonymous: 'deny',
  otherOrganisation: 'deny',
  otherTeamSameOrganisation: 'deny',
  professional: 'deny',
  teamLead: 'deny',
  organisationAdmin: 'allow',
};
/** Platform admins only; none of the callers here is one. */
const nobodyOfTheseCallers: Expectation = { ...organisationAdminOnly, organisationAdmin: 'deny' };
/** Leading a team is the team lead's; an organisation admin manages but does not lead. */
const teamLeadOnly: Expectation = {
  ...organisationAdminOnly,
  organisationAdmin: 'deny',
  teamLead: 'allow',
};
const teamMembersAndOrganisationAdmin: Expectation = {
  ...organisationAdminOnly,
  professional: 'allow',
  teamLead: 'allow',
};

/** The team's own learning board: an organisation admin sees counts in reports, not this. */
const teamMembersOnly: Expectation = { ...teamLeadOnly, professional: 'allow' };

interface Row {
  expect: Expectation;
  body?: object;
  query?: string;
  /**
   * For routes authorised by a secret in the request (a link's token, a login challenge): the
   * status a made-up secret gets, the same for every caller. Link-token routes get 404.
   */
  madeUpSecretStatus?: number;
}

const madeUpId = '00000000-0000-4000-8000-000000000000';
const experimentPlan = { title: 'Proef', intendedEffect: 'Beter', whatWeTry: 'Anders doen' };

const matrix: Record<string, Row> = {
  'GET /api/health': { expect: everyone },
  'GET /api/health/ready': { expect: everyone },
  'POST /api/auth/login': {
    expect: everyone,
    body: { email: 'priya.professional@test.test', password: WORLD_PASSWORD },
  },
  'POST /api/auth/login/two-factor': {
    expect: everyone,
    body: { challenge: 'verzonnen-uitdaging', code: '123456' },
    madeUpSecretStatus: 401,
  },
  'POST /api/auth/logout': { expect: everyone },
  'GET /api/auth/me': { expect: loggedIn },
  'GET /api/auth/session': { expect: everyone },
  'PATCH /api/me': { expect: loggedIn, body: { name: 'Nieuwe Naam' } },
  'GET /api/me/privacy-context': { expect: loggedIn },
  'POST /api/me/password': {
    expect: loggedIn,
    body: { currentPassword: WORLD_PASSWORD, newPassword: 'een-nieuw-lang-wachtwoord' },
  },
  'GET /api/me/export': { expect: loggedIn },
  'DELETE /api/me': { expect: loggedIn, body: { currentPassword: WORLD_PASSWORD } },
  'GET /api/me/notifications': { expect: loggedIn },
  'POST /api/me/notifications/read': { expect: loggedIn, body: {} },
  'GET /api/me/notifications/preferences': { expect: loggedIn },
  'PUT /api/me/notifications/preferences': {
    expect: loggedIn,
    body: { kinds: { experiment_status_changed: 'off' } },
  },
  'POST /api/notifications/unsubscribe': {
    expect: everyone,
    query: `token=${'0'.repeat(64)}&kind=experiment_status_changed`,
    madeUpSecretStatus: 404,
  },
  'POST /api/me/two-factor/setup': { expect: loggedIn, body: { currentPassword: WORLD_PASSWORD } },
  'POST /api/me/two-factor/enable': { expect: loggedIn, body: { code: '123456' } },
  'POST /api/me/two-factor/disable': {
    expect: loggedIn,
    body: { currentPassword: WORLD_PASSWORD },
  },
  'POST /api/me/two-factor/recovery-codes': {
    expect: loggedIn,
    body: { currentPassword: WORLD_PASSWORD },
  },
  'POST /api/auth/password-reset': { expect: everyone, body: { email: 'iemand@test.test' } },
  // An unknown link is a 404 for everyone: the token in the link is what authorises.
  'POST /api/auth/password-reset/{token}': {
    expect: everyone,
    body: { password: 'een-nieuw-lang-wachtwoord' },
  },
  'POST /api/auth/unlock-link': { expect: everyone, body: { email: 'iemand@test.test' } },
  // As with a reset link: an unknown unlock link is a 404 for everyone.
  'POST /api/auth/unlock/{token}': { expect: everyone },
  'POST /api/auth/sign-in-method': { expect: everyone, body: { email: 'iemand@test.test' } },
  // Without a provider for the domain: back to the login page, for everyone alike.
  'GET /api/auth/sso/start': { expect: everyone, query: 'email=iemand%40test.test' },
  // A made-up state: back to the login page, for everyone alike.
  'GET /api/auth/sso/callback': { expect: everyone, query: 'code=verzonnen&state=verzonnen' },
  'GET /api/auth/sso/link/{token}': { expect: everyone },
  'POST /api/auth/sso/link/{token}': { expect: everyone, body: { password: WORLD_PASSWORD } },
  'POST /api/auth/sso/link/{token}/mail': { expect: everyone },
  'POST /api/auth/sso/link/{token}/mail/confirm': {
    expect: everyone,
    body: { code: 'een-verzonnen-code-van-voldoende-lengte' },
  },
  'POST /api/auth/logout/provider': { expect: everyone },
  'GET /api/organisations/{organisationId}/sso': { expect: organisationAdminOnly },
  // Nothing answers at this issuer: a 400 for the admin, after the rights were checked.
  'PUT /api/organisations/{organisationId}/sso': {
    expect: organisationAdminOnly,
    body: {
      issuer: 'http://127.0.0.1:9/',
      clientId: 'leerruimte',
      clientSecret: 'geheim',
      required: false,
      domains: ['test.test'],
    },
  },
  'POST /api/organisations/{organisationId}/sso/domains/{domain}/verify': {
    expect: organisationAdminOnly,
  },
  'DELETE /api/organisations/{organisationId}/sso': { expect: organisationAdminOnly },
  // Without a file: a 415 for the admin, after the rights were checked.
  'POST /api/organisations/{organisationId}/people-imports': {
    expect: organisationAdminOnly,
    query: 'fileName=mensen.csv',
  },
  'GET /api/organisations/{organisationId}/people-imports/template.csv': {
    expect: organisationAdminOnly,
  },
  'GET /api/organisations/{organisationId}/people-imports/{importId}': {
    expect: organisationAdminOnly,
  },
  'GET /api/organisations/{organisationId}/people-imports/{importId}/progress': {
    expect: organisationAdminOnly,
  },
  'GET /api/organisations/{organisationId}/people-imports/{importId}/errors.csv': {
    expect: organisationAdminOnly,
  },
  'POST /api/organisations/{organisationId}/people-imports/{importId}/start': {
    expect: organisationAdminOnly,
    body: { mode: 'add', skipLines: [] },
  },
  'POST /api/organisations/{organisationId}/people-imports/{importId}/send-invitations': {
    expect: organisationAdminOnly,
  },
  'GET /api/organisations/{organisationId}/teams': { expect: organisationAdminOnly },
  'POST /api/organisations/{organisationId}/teams': {
    expect: organisationAdminOnly,
    body: { name: 'Wijkteam Nieuw' },
  },
  'GET /api/organisations/{organisationId}/audit-log': { expect: organisationAdminOnly },
  'GET /api/organisations/{organisationId}/trainings': { expect: organisationAdminOnly },
  'POST /api/organisations/{organisationId}/trainings': {
    expect: organisationAdminOnly,
    body: {
      teamIds: ['00000000-0000-4000-8000-000000000001'],
      training: {
        title: 'Hollen of stilstaan',
        trainers: ['Een trainer'],
        sessions: [
          { date: '2999-01-05', startTime: '09:00', endTime: '12:00', place: 'Zaal', capacity: 8 },
        ],
      },
    },
  },
  'GET /api/organisations/{organisationId}/training-templates': {
    expect: organisationAdminOnly,
  },
  'GET /api/teams/{teamId}/members': { expect: teamMembersAndOrganisationAdmin },
  'GET /api/teams/{teamId}/privacy-allowances': { expect: teamMembersAndOrganisationAdmin },
  'PUT /api/teams/{teamId}/privacy-allowances': {
    expect: teamLeadOnly,
    body: { fragments: ['Stationsplein 1'] },
  },
  'PATCH /api/teams/{teamId}/members/{userId}': {
    expect: organisationAdminOnly,
    body: { role: 'team_lead' },
  },
  'DELETE /api/teams/{teamId}/members/{userId}': { expect: organisationAdminOnly },
  'POST /api/teams/{teamId}/invitations': {
    expect: organisationAdminOnly,
    body: { email: 'nieuw@test.test', role: 'professional' },
  },
  'GET /api/teams/{teamId}/invitations': { expect: organisationAdminOnly },
  'POST /api/teams/{teamId}/invitations/{invitationId}/resend': { expect: organisationAdminOnly },
  // The token in the link is the authorisation; an unknown token is a 404 for everyone.
  'GET /api/invitations/{token}': { expect: everyone },
  'POST /api/invitations/{token}/accept': { expect: everyone, body: {} },
  // Learning content is for everyone who is logged in; the slugs here lead to a 404.
  'GET /api/learning/modules': { expect: loggedIn },
  'GET /api/learning/modules/{moduleSlug}': { expect: loggedIn },
  'GET /api/learning/modules/{moduleSlug}/lessons/{lessonSlug}': { expect: loggedIn },
  'POST /api/learning/modules/{moduleSlug}/lessons/{lessonSlug}/visit': { expect: loggedIn },
  'PUT /api/learning/modules/{moduleSlug}/lessons/{lessonSlug}/reflections/{block}': {
    expect: loggedIn,
    body: { answer: 'Een antwoord.' },
  },
  'POST /api/learning/modules/{moduleSlug}/lessons/{lessonSlug}/checks/{block}': {
    expect: loggedIn,
    body: { option: 0 },
  },
  'POST /api/learning/modules/{moduleSlug}/lessons/{lessonSlug}/self-assessments/{block}': {
    expect: loggedIn,
    body: { scores: { eerste: 3 } },
  },
  'POST /api/learning/modules/{moduleSlug}/lessons/{lessonSlug}/complete': { expect: loggedIn },
  'POST /api/learning/modules/{moduleSlug}/lessons/{lessonSlug}/time': {
    expect: loggedIn,
    body: { visitId: '00000000-0000-4000-8000-000000000000' },
  },
  'GET /api/learning/modules/{moduleSlug}/closing-test': { expect: loggedIn },
  'POST /api/learning/modules/{moduleSlug}/closing-test/attempts': {
    expect: loggedIn,
    body: { answers: { eerste: 0 } },
  },
  'GET /api/learning/me': { expect: loggedIn },
  // Certificates are the holder's own; an unknown id is a 404 for everyone logged in.
  'GET /api/learning/me/certificates': { expect: loggedIn },
  'GET /api/learning/me/leerverslag': {
    expect: loggedIn,
    query: 'from=2026-01-01&to=2026-12-31&format=csv',
  },
  'GET /api/learning/me/certificates/{certificateId}/pdf': { expect: loggedIn },
  // The public check behind the QR code; an unknown code is a 404 for everyone.
  'GET /api/certificates/{code}': { expect: everyone },
  // A team's own cards: for its members; who may approve is checked inside (a 403 for members).
  'GET /api/teams/{teamId}/cards': { expect: teamMembersOnly },
  'POST /api/teams/{teamId}/cards': {
    expect: teamMembersOnly,
    body: {
      title: 'Ons kaartje',
      question: 'Wat willen we hier leren?',
      theme: 'aanpak',
      moments: ['na het teamoverleg'],
    },
  },
  'POST /api/teams/{teamId}/cards/{cardId}/approve': { expect: teamMembersOnly },
  'DELETE /api/teams/{teamId}/cards/{cardId}': { expect: teamMembersOnly },
  'GET /api/teams/{teamId}/cards/{cardId}/pdf': { expect: teamMembersOnly },
  'GET /api/organisations/{organisationId}/accreditations': { expect: organisationAdminOnly },
  'PUT /api/organisations/{organisationId}/accreditations/{moduleSlug}': {
    expect: organisationAdminOnly,
    body: { register: 'skj', number: 'SKJ-1', points: 2 },
  },
  'DELETE /api/organisations/{organisationId}/accreditations/{moduleSlug}': {
    expect: organisationAdminOnly,
  },
  'GET /api/organisations/{organisationId}/certificates': { expect: organisationAdminOnly },
  'POST /api/organisations/{organisationId}/certificates/{certificateId}/reissue': {
    expect: organisationAdminOnly,
    body: { holderName: 'Priya Professional-Jansen' },
  },
  'POST /api/organisations/{organisationId}/certificates/{certificateId}/revoke': {
    expect: organisationAdminOnly,
    body: { reason: 'Op naam van een ander gezet.' },
  },
  'GET /api/teams/{teamId}/assignments': { expect: teamLeadOnly },
  'GET /api/teams/{teamId}/learning-progress': { expect: teamLeadOnly },
  'POST /api/teams/{teamId}/assignments': {
    expect: teamLeadOnly,
    body: { moduleSlug: 'bewust-leren' },
  },
  'DELETE /api/teams/{teamId}/assignments/{assignmentId}': { expect: teamLeadOnly },
  'GET /api/learning/me/portfolio': { expect: loggedIn },
  'GET /api/learning/me/portfolio/pdf': { expect: loggedIn },
  // Cards are printed and shared, also with people without an account.
  'GET /api/cards': { expect: everyone },
  'GET /api/cards/{cardSlug}': { expect: everyone },
  'GET /api/cards/{cardSlug}/pdf': { expect: everyone },
  'GET /api/teams/{teamId}/reflection-moments': { expect: teamLeadOnly },
  'POST /api/teams/{teamId}/reflection-moments': {
    expect: teamLeadOnly,
    body: {
      question: 'Wat leerde je deze week?',
      schedule: { time: '09:00', startDate: '2099-01-05', recurrence: { kind: 'once' } },
    },
  },
  'PUT /api/teams/{teamId}/reflection-moments/{momentId}': {
    expect: teamLeadOnly,
    body: {
      question: 'Wat leerde je deze week?',
      schedule: { time: '09:00', startDate: '2099-01-05', recurrence: { kind: 'once' } },
    },
  },
  'POST /api/teams/{teamId}/reflection-moments/{momentId}/pause': { expect: teamLeadOnly },
  'POST /api/teams/{teamId}/reflection-moments/{momentId}/resume': { expect: teamLeadOnly },
  'POST /api/teams/{teamId}/reflection-moments/{momentId}/end': { expect: teamLeadOnly },
  'GET /api/teams/{teamId}/reflection-moments/{momentId}/occurrences': { expect: teamLeadOnly },
  // A made-up prompt is not found for anyone logged in: only its recipients may answer.
  'GET /api/reflection/prompts': { expect: loggedIn },
  'GET /api/me/calendar-feed': { expect: loggedIn },
  'POST /api/me/calendar-feed': { expect: loggedIn },
  // A calendar app has no login: the secret link authorises, a made-up one is not found.
  'GET /api/reflection/calendar/{file}': { expect: everyone, madeUpSecretStatus: 404 },
  'PUT /api/reflection/prompts/{occurrenceId}/answer': {
    expect: loggedIn,
    body: { answer: 'Een antwoord.' },
  },
  'GET /api/teams/{teamId}/board': { expect: teamMembersOnly },
  'PUT /api/teams/{teamId}/board/settings': { expect: teamLeadOnly, body: { agendaBy: 'members' } },
  'GET /api/teams/{teamId}/learnings': { expect: teamMembersOnly },
  'GET /api/teams/{teamId}/board/export': { expect: teamMembersOnly, query: 'format=md' },
  'POST /api/teams/{teamId}/board/hidden-items': {
    expect: teamLeadOnly,
    body: { itemType: 'why_question', itemId: madeUpId, reason: 'Hoort hier niet' },
  },
  'GET /api/teams/{teamId}/why-questions': { expect: teamMembersOnly },
  'POST /api/teams/{teamId}/why-questions': {
    expect: teamMembersOnly,
    body: { question: 'Waarom doen we dit zo?', theme: 'aanpak' },
  },
  'GET /api/teams/{teamId}/why-questions/{questionId}': { expect: teamMembersOnly },
  'PUT /api/teams/{teamId}/why-questions/{questionId}': {
    expect: teamMembersOnly,
    body: { question: 'Waarom doen we dit zo?', theme: 'aanpak' },
  },
  'POST /api/teams/{teamId}/why-questions/{questionId}/answers': {
    expect: teamMembersOnly,
    body: { text: 'Een gedachte.' },
  },
  'PUT /api/teams/{teamId}/why-questions/{questionId}/vote': { expect: teamMembersOnly },
  'DELETE /api/teams/{teamId}/why-questions/{questionId}/vote': { expect: teamMembersOnly },
  'PUT /api/teams/{teamId}/why-questions/{questionId}/agenda': {
    expect: teamMembersOnly,
    body: { onAgenda: true },
  },
  'POST /api/teams/{teamId}/why-questions/{questionId}/discussed': {
    expect: teamMembersOnly,
    body: { conclusion: 'We doen het anders.' },
  },
  'GET /api/teams/{teamId}/cases': { expect: teamMembersOnly },
  'POST /api/teams/{teamId}/cases': {
    expect: teamMembersOnly,
    body: { title: 'Een casus', description: 'Een situatie uit de praktijk.' },
  },
  'GET /api/teams/{teamId}/cases/{caseId}': { expect: teamMembersOnly },
  'PUT /api/teams/{teamId}/cases/{caseId}': {
    expect: teamMembersOnly,
    body: { title: 'Een casus', description: 'Een situatie uit de praktijk.' },
  },
  'POST /api/teams/{teamId}/cases/{caseId}/discussions': {
    expect: teamMembersOnly,
    body: {
      method: 'incident_method',
      heldOn: '2026-11-20',
      steps: [{ step: 'incident', notes: 'Kort' }],
      outcome: 'Een uitkomst.',
    },
  },
  'GET /api/teams/{teamId}/trainings': { expect: teamMembersOnly },
  'POST /api/teams/{teamId}/trainings': {
    expect: teamLeadOnly,
    body: {
      title: 'Hollen of stilstaan',
      trainers: ['Een trainer'],
      sessions: [
        { date: '2999-01-05', startTime: '09:00', endTime: '12:00', place: 'Zaal', capacity: 8 },
      ],
    },
  },
  'GET /api/teams/{teamId}/trainings/{trainingId}': { expect: teamMembersOnly },
  'GET /api/teams/{teamId}/training-templates': { expect: teamLeadOnly },
  'GET /api/teams/{teamId}/training-templates/{templateSlug}/guides/{guideSlug}': {
    expect: teamLeadOnly,
  },
  'GET /api/learning/me/werkbegeleiding': { expect: loggedIn },
  'POST /api/learning/me/werkbegeleiding': {
    expect: loggedIn,
    body: { heldOn: '2026-11-02', minutes: 60, supervisor: 'Een begeleider' },
  },
  'DELETE /api/learning/me/werkbegeleiding/{meetingId}': { expect: loggedIn },
  'POST /api/teams/{teamId}/training-sessions/{sessionId}/enrolment': { expect: teamMembersOnly },
  'DELETE /api/teams/{teamId}/training-sessions/{sessionId}/enrolment': {
    expect: teamMembersOnly,
  },
  'POST /api/teams/{teamId}/training-sessions/{sessionId}/evaluation': {
    expect: teamMembersOnly,
    body: { scores: { applicable: 4, practice: 4, fit: 3, recommend: 5 } },
  },
  'GET /api/teams/{teamId}/training-sessions/{sessionId}/evaluation': { expect: teamLeadOnly },
  'POST /api/teams/{teamId}/training-sessions/{sessionId}/check-in': {
    expect: teamMembersOnly,
    body: { code: '123456' },
  },
  'GET /api/teams/{teamId}/training-sessions/{sessionId}/check-in-code': { expect: teamLeadOnly },
  'GET /api/teams/{teamId}/training-sessions/{sessionId}/register': { expect: teamLeadOnly },
  'POST /api/teams/{teamId}/training-sessions/{sessionId}/enrolments': {
    expect: teamLeadOnly,
    body: { userId: '00000000-0000-4000-8000-000000000000' },
  },
  'DELETE /api/teams/{teamId}/training-sessions/{sessionId}/enrolments/{userId}': {
    expect: teamLeadOnly,
  },
  'PUT /api/teams/{teamId}/training-sessions/{sessionId}': {
    expect: teamLeadOnly,
    body: { date: '2999-01-06', startTime: '09:00', endTime: '12:00', place: 'Zaal 2' },
  },
  'POST /api/teams/{teamId}/training-sessions/{sessionId}/call-off': { expect: teamLeadOnly },
  'PUT /api/teams/{teamId}/training-sessions/{sessionId}/capacity': {
    expect: teamLeadOnly,
    body: { capacity: 10 },
  },
  'POST /api/teams/{teamId}/training-sessions/{sessionId}/register/lock': {
    expect: teamLeadOnly,
  },
  'PUT /api/teams/{teamId}/training-sessions/{sessionId}/attendance': {
    expect: teamLeadOnly,
    body: { entries: [{ userId: '00000000-0000-4000-8000-000000000000', mark: 'present' }] },
  },
  'GET /api/teams/{teamId}/experiments': { expect: teamMembersOnly },
  'POST /api/teams/{teamId}/experiments': { expect: teamMembersOnly, body: experimentPlan },
  'GET /api/teams/{teamId}/experiments/{experimentId}': { expect: teamMembersOnly },
  'PUT /api/teams/{teamId}/experiments/{experimentId}': {
    expect: teamMembersOnly,
    body: experimentPlan,
  },
  'POST /api/teams/{teamId}/experiments/{experimentId}/status': {
    expect: teamMembersOnly,
    body: { status: 'planned' },
  },
  'POST /api/teams/{teamId}/experiments/{experimentId}/evaluation': {
    expect: teamMembersOnly,
    body: {
      doneAsPlanned: 'yes',
      comparedWithPrediction: 'Zoals voorspeld.',
      learned: 'Het werkt.',
      decision: 'adopted',
    },
  },
  'POST /api/teams/{teamId}/experiments/{experimentId}/logbook': {
    expect: teamMembersOnly,
    body: { observedOn: '2026-11-20', text: 'Gezien.' },
  },
  'POST /api/teams/{teamId}/experiments/{experimentId}/data-points': {
    expect: teamMembersOnly,
    body: { measuredOn: '2026-11-20', value: 3 },
  },
  // Teamontwikkeling: the organisation's admins, and a team's lead for their own team.
  'GET /api/organisations/{organisationId}/reports/team-development': {
    expect: organisationAdminOnly,
    query: 'from=2026-01&to=2026-03',
  },
  'GET /api/organisations/{organisationId}/reports/team-development/months': {
    expect: organisationAdminOnly,
    query: 'from=2026-01&to=2026-03',
  },
  'GET /api/teams/{teamId}/reports/team-development': {
    expect: teamLeadOnly,
    query: 'from=2026-01&to=2026-03',
  },
  'GET /api/organisations/{organisationId}/report-settings': { expect: organisationAdminOnly },
  'PUT /api/organisations/{organisationId}/report-settings': {
    expect: organisationAdminOnly,
    body: { minimumGroupSize: 5 },
  },
  'POST /api/organisations/{organisationId}/report-exports': {
    expect: organisationAdminOnly,
    body: { from: '2026-01', to: '2026-03', format: 'csv' },
  },
  'GET /api/organisations/{organisationId}/report-exports/{exportId}': {
    expect: organisationAdminOnly,
  },
  'GET /api/organisations/{organisationId}/report-exports/{exportId}/file': {
    expect: organisationAdminOnly,
  },
  'POST /api/teams/{teamId}/report-exports': {
    expect: teamLeadOnly,
    body: { from: '2026-01', to: '2026-03', format: 'pdf' },
  },
  'GET /api/teams/{teamId}/report-exports/{exportId}': { expect: teamLeadOnly },
  'GET /api/teams/{teamId}/report-exports/{exportId}/file': { expect: teamLeadOnly },
  'PUT /api/reflection/prompts/{occurrenceId}/pulse': {
    expect: loggedIn,
    body: { scores: { safety: 3, trying: 3, colleagues: 3, time: 3, followThrough: 3 } },
  },
  'GET /api/platform/status': { expect: nobodyOfTheseCallers },
  // Vandaag shows each caller their own; what they may see in it is tested in today.int-spec.
  'GET /api/today': { expect: loggedIn },
  // The search finds what each caller may see; that it finds nothing else is in search.int-spec.
  'GET /api/search': { expect: loggedIn, query: 'q=netwerk' },
  'GET /api/agenda': { expect: loggedIn, query: 'days=7' },
  'GET /api/admin/outbox': { expect: nobodyOfTheseCallers },
  'GET /api/admin/organisations': { expect: nobodyOfTheseCallers },
  'POST /api/admin/organisations': {
    expect: nobodyOfTheseCallers,
    body: { name: 'Gemeente C', adminName: 'Cas', adminEmail: 'cas@test.test' },
  },
};

function endpoints(): string[] {
  const document = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
  );
}

describe('authorization matrix', () => {
  let app: NestFastifyApplication;
  /**
   * The world is built again only after a request that may have changed it: one that was not
   * a GET and was not refused (a refused request changes nothing). Rate limits start afresh
   * for every request, so a limit never stands in for an authorization answer.
   */
  let world: World | undefined;
  let changed = true;

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  afterAll(() => app.close());

  it('has a row for every endpoint in the OpenAPI document, and no stale rows', () => {
    expect(endpoints().sort()).toEqual(Object.keys(matrix).sort());
  });

  for (const [endpoint, { expect: expected, body, query, madeUpSecretStatus }] of Object.entries(
    matrix,
  )) {
    for (const caller of callers) {
      it(`${endpoint}: ${caller} is ${expected[caller] === 'allow' ? 'allowed' : 'turned away'}`, async () => {
        if (!world || changed) world = await buildWorld(app);
        else await forgetRateLimits(app);
        const [method, template] = endpoint.split(' ');
        const url = template
          .replace('{organisationId}', world.organisation)
          .replace('{teamId}', world.team)
          .replace('{userId}', world.users.professional)
          .replace('{invitationId}', world.invitation)
          .replace('{assignmentId}', madeUpId)
          .replace(
            /\{(momentId|occurrenceId|questionId|caseId|experimentId|exportId|trainingId|sessionId|meetingId|importId)\}/,
            madeUpId,
          )
          .replace('{domain}', 'test.test')
          .replace('{token}', 'onbekende-uitnodiging');

        const response = await world.request(caller, {
          method: method as 'GET',
          url: query ? `${url}?${query}` : url,
          ...(body && { payload: body }),
        });
        changed = method !== 'GET' && response.statusCode < 400;

        const secretStatus = madeUpSecretStatus ?? (template.includes('{token}') ? 404 : undefined);
        if (expected[caller] === 'allow' && secretStatus === undefined) {
          expect([401, 403]).not.toContain(response.statusCode);
          expect(response.statusCode).toBeLessThan(500);
        } else if (expected[caller] === 'allow') {
          // A made-up secret: refused to everyone alike, never for who they are.
          expect(response.statusCode).toBe(secretStatus);
        } else {
          expect([401, 403, 404]).toContain(response.statusCode);
        }
      });
    }
  }
});
