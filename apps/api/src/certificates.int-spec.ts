import { createHash } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import {
  CertificatePdfMaker,
  Certificates,
  ContentImporter,
  readContent,
} from '@leerruimte/api-learning';
import type {
  Certificate,
  ClosingTestView,
  LessonView,
  ModuleDetail,
} from '@leerruimte/shared-contracts';
import { type World, buildWorld, createTestHttpApp, forgetRateLimits } from './test-world';

const MODULE = 'bewust-leren';
const base = `/api/learning/modules/${MODULE}`;

/** Learning that counts: honest time, completion by the module's rules, certificates. */
describe('learning that counts', () => {
  let app: NestFastifyApplication;
  let world: World;
  const query = (sql: string, params: unknown[] = []) => app.get(DataSource).query(sql, params);
  const as = (
    person: 'professional' | 'teamLead' | 'organisationAdmin' | 'anonymous',
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) => world.request(person, { method, url, ...(payload && { payload }) });
  const asPriya = (method: 'GET' | 'POST', url: string, payload?: object) =>
    as('professional', method, url, payload);

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
    await app.get(ContentImporter).import(readContent('content'));
  });

  afterAll(() => app.close());

  /** Answers each knowledge check of the lesson correctly, trying options as a learner would. */
  async function passChecks(lessonSlug: string) {
    const view: LessonView = (await asPriya('GET', `${base}/lessons/${lessonSlug}`)).json();
    for (const block of view.blocks) {
      if (block.kind !== 'check') continue;
      for (let option = 0; option < block.options.length; option++) {
        const answer = await asPriya('POST', `${base}/lessons/${lessonSlug}/checks/${block.id}`, {
          option,
        });
        if (answer.json().correct) break;
      }
    }
  }

  async function completeAllLessons() {
    const detail: ModuleDetail = (await asPriya('GET', base)).json();
    let last;
    for (const lesson of detail.lessons) {
      await passChecks(lesson.slug);
      last = await asPriya('POST', `${base}/lessons/${lesson.slug}/complete`);
      expect(last.statusCode).toBe(200);
    }
    return last?.json();
  }

  /** The shown option index that is (or is not) right, from the content, per this person's order. */
  async function answersFor(right: (questionIndex: number) => boolean) {
    const test: ClosingTestView = (await asPriya('GET', `${base}/closing-test`)).json();
    const stored = await query(`SELECT closing_test FROM learning_module WHERE slug = $1`, [
      MODULE,
    ]);
    const content = stored[0].closing_test.questions as Array<{
      id: string;
      options: Array<{ text: string; correct: boolean }>;
    }>;
    return Object.fromEntries(
      test.questions.map((question, index) => {
        const inContent = content.find((candidate) => candidate.id === question.id);
        const wanted = inContent?.options.find((option) => option.correct === right(index));
        return [question.id, question.options.findIndex((option) => option.text === wanted?.text)];
      }),
    );
  }

  it('counts half minutes of activity once, whatever the tab, and caps a lesson at twice its minutes', async () => {
    const lesson: LessonView = (await asPriya('GET', `${base}/lessons/de-leercirkel`)).json();
    const beat = (visitId: string) =>
      asPriya('POST', `${base}/lessons/de-leercirkel/time`, { visitId });
    const firstTab = crypto.randomUUID();
    const secondTab = crypto.randomUUID();

    expect((await beat(firstTab)).statusCode).toBe(204);
    expect((await beat(secondTab)).statusCode).toBe(204);
    expect(await query(`SELECT count(*)::int AS n FROM learning_time_slot`)).toEqual([{ n: 1 }]);

    // A long stretch of reading, planted as slots: more than the cap allows.
    await query(
      `INSERT INTO learning_time_slot (user_id, slot_start, lesson_id, visit_id)
       SELECT $1, now() - make_interval(secs => n * 30), l.id, $2
         FROM lesson l, generate_series(1, $3) AS n WHERE l.slug = 'de-leercirkel'`,
      [world.users.professional, firstTab, lesson.minutes * 2 * 2 + 10],
    );
    const detail: ModuleDetail = (await asPriya('GET', base)).json();
    expect(detail.lessons.find((each) => each.slug === 'de-leercirkel')?.minutesLearned).toBe(
      lesson.minutes * 2,
    );
    expect(detail.minutesLearned).toBe(lesson.minutes * 2);
    expect((await asPriya('GET', '/api/learning/me')).json().minutesLearned).toBe(
      lesson.minutes * 2,
    );
  });

  it('refuses a heartbeat without a proper visit id, storing nothing', async () => {
    const response = await asPriya('POST', `${base}/lessons/de-leercirkel/time`, {
      visitId: 'tab-1',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0].field).toBe('visitId');
    expect(await query(`SELECT count(*)::int AS n FROM learning_time_slot`)).toEqual([{ n: 0 }]);
  });

  it('completes a lesson only once its knowledge checks are answered correctly', async () => {
    const view: LessonView = (await asPriya('GET', `${base}/lessons/de-leercirkel`)).json();
    const check = view.blocks.find((block) => block.kind === 'check');
    if (check?.kind !== 'check') throw new Error('de-leercirkel has a check');
    for (let option = 0; option < check.options.length; option++) {
      const answer = await asPriya('POST', `${base}/lessons/de-leercirkel/checks/${check.id}`, {
        option,
      });
      if (!answer.json().correct) break;
    }

    const refused = await asPriya('POST', `${base}/lessons/de-leercirkel/complete`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'checks_not_passed',
      fields: [{ field: `checks.${check.id}`, code: 'not_passed' }],
    });
    expect(await query(`SELECT count(*)::int AS n FROM lesson_completion`)).toEqual([{ n: 0 }]);

    await passChecks('de-leercirkel');
    expect((await asPriya('POST', `${base}/lessons/de-leercirkel/complete`)).statusCode).toBe(200);
  });

  it('completes a module only by its rules: every lesson, then the closing test passed', async () => {
    const early = await asPriya('POST', `${base}/closing-test/attempts`, { answers: {} });
    expect(early.statusCode).toBe(422);
    const closed = await asPriya('POST', `${base}/closing-test/attempts`, {
      answers: await answersFor(() => true),
    });
    expect(closed.json().code).toBe('closing_test_closed');

    expect(await completeAllLessons()).toMatchObject({
      moduleCompleted: false,
      closingTestOpen: true,
    });
    let detail: ModuleDetail = (await asPriya('GET', base)).json();
    expect(detail.progress.status).toBe('in_progress');

    const failed = await asPriya('POST', `${base}/closing-test/attempts`, {
      answers: await answersFor((index) => index < 2),
    });
    expect(failed.json()).toMatchObject({ passed: false, moduleCompleted: false });
    expect(failed.json().questions.every((q: { feedback: string }) => q.feedback.length > 5)).toBe(
      true,
    );
    const tooSoon = await asPriya('POST', `${base}/closing-test/attempts`, {
      answers: await answersFor(() => true),
    });
    expect(tooSoon.statusCode).toBe(409);
    expect(tooSoon.json().code).toBe('closing_test_wait');

    // The wait has passed.
    await query(`UPDATE closing_test_attempt SET taken_at = taken_at - interval '1 day'`);
    const passed = await asPriya('POST', `${base}/closing-test/attempts`, {
      answers: await answersFor(() => true),
    });
    expect(passed.json()).toMatchObject({
      passed: true,
      scorePercent: 100,
      moduleCompleted: true,
      certificateId: expect.any(String),
    });
    detail = (await asPriya('GET', base)).json();
    expect(detail).toMatchObject({
      progress: { status: 'completed' },
      certificateId: passed.json().certificateId,
      closingTest: { passedAt: expect.any(String) },
    });
    const statements = await query(
      `SELECT verb, result FROM xapi_statement WHERE object_type LIKE '%assessment' ORDER BY timestamp`,
    );
    expect(statements.map((row: { verb: string }) => row.verb.split('/').pop())).toEqual([
      'failed',
      'passed',
    ]);
    expect(statements[1].result).toMatchObject({ success: true, score: { raw: 100 } });
    const again = await asPriya('POST', `${base}/closing-test/attempts`, {
      answers: await answersFor(() => true),
    });
    expect(again.json().code).toBe('closing_test_passed');
  });

  it('names every question without an answer, and any answer that does not exist', async () => {
    await completeAllLessons();
    const answers = await answersFor(() => true);
    const [first, second] = Object.keys(answers);
    delete answers[first];
    answers[second] = 7;
    const response = await asPriya('POST', `${base}/closing-test/attempts`, {
      answers: { ...answers, 'geen-vraag': 0 },
    });
    expect(response.statusCode).toBe(422);
    expect(
      response
        .json()
        .fields.map((field: { field: string; code: string }) => `${field.field} ${field.code}`)
        .sort(),
    ).toEqual(
      [
        `answers.${first} missing`,
        'answers.geen-vraag unknown_question',
        `answers.${second} option_not_found`,
      ].sort(),
    );
    expect(await query(`SELECT count(*)::int AS n FROM closing_test_attempt`)).toEqual([{ n: 0 }]);
  });

  it('keeps the certificate as it was earned, and its public page shows only what it may', async () => {
    await query(
      `INSERT INTO module_accreditation (organisation_id, module_id, register, accreditation_number, points)
       SELECT $1, id, 'skj', 'SKJ-123', 2.5 FROM learning_module WHERE slug = $2`,
      [world.organisation, MODULE],
    );
    await completeAllLessons();
    const passed = (
      await asPriya('POST', `${base}/closing-test/attempts`, {
        answers: await answersFor(() => true),
      })
    ).json();
    const certificateId: string = passed.certificateId;

    const notYet = await asPriya('GET', `/api/learning/me/certificates/${certificateId}/pdf`);
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json().code).toBe('certificate_pdf_not_ready');
    const maker = new CertificatePdfMaker(app.get(DataSource), app.get(Certificates));
    await maker.make({ certificateId });

    const [certificate]: Certificate[] = (
      await asPriya('GET', '/api/learning/me/certificates')
    ).json();
    expect(certificate).toMatchObject({
      id: certificateId,
      module: { slug: MODULE },
      holderName: 'Priya Professional',
      status: 'valid',
      pdfReady: true,
      accreditation: { register: 'skj', number: 'SKJ-123', points: 2.5 },
      scorePercent: 100,
    });
    const pdf = await asPriya('GET', `/api/learning/me/certificates/${certificateId}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const [{ pdf_sha256: hash }] = await query(`SELECT pdf_sha256 FROM certificate`);
    expect(createHash('sha256').update(pdf.rawPayload).digest('hex')).toBe(hash);

    // A new name, a new module version, another try at making it: the certificate stays.
    await query(`UPDATE app_user SET name = 'Iemand Anders' WHERE id = $1`, [
      world.users.professional,
    ]);
    await query(
      `UPDATE learning_module SET version = version + 1, title = 'Nieuw' WHERE slug = $1`,
      [MODULE],
    );
    await maker.make({ certificateId });
    const later = await asPriya('GET', `/api/learning/me/certificates/${certificateId}/pdf`);
    expect(later.rawPayload.equals(pdf.rawPayload)).toBe(true);

    const code = new URL(certificate.verificationUrl).pathname.split('/').pop() as string;
    expect(Buffer.from(code, 'base64url')).toHaveLength(16);
    const page = await as('anonymous', 'GET', `/api/certificates/${code}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(page.json()).toEqual({
      holderName: 'Priya Professional',
      moduleTitle: certificate.module.title,
      completedAt: certificate.completedAt,
      status: 'valid',
    });

    await query(`UPDATE certificate SET status = 'revoked', status_reason = 'fout'`);
    expect((await as('anonymous', 'GET', `/api/certificates/${code}`)).json().status).toBe(
      'revoked',
    );
    expect((await as('anonymous', 'GET', `/api/certificates/${'A'.repeat(22)}`)).statusCode).toBe(
      404,
    );
    // Someone else's certificate is not theirs to download.
    const foreign = await as(
      'teamLead',
      'GET',
      `/api/learning/me/certificates/${certificateId}/pdf`,
    );
    expect(foreign.statusCode).toBe(404);
  });

  it('limits how often one address may look up certificates', async () => {
    await forgetRateLimits(app);
    let last;
    for (let attempt = 0; attempt < 61; attempt++) {
      last = await as('anonymous', 'GET', `/api/certificates/${'B'.repeat(22)}`);
    }
    expect(last?.statusCode).toBe(429);
  });

  it('lets an organisation admin accredit a module, see who earned certificates and revoke one', async () => {
    const admin = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, payload?: object) =>
      as('organisationAdmin', method, `/api/organisations/${world.organisation}${path}`, payload);

    const refused = await admin('PUT', `/accreditations/${MODULE}`, {
      register: 'big',
      number: '<script>',
      points: -1,
    });
    expect(refused.statusCode).toBe(400);
    expect(
      refused
        .json()
        .fields.map((field: { field: string }) => field.field)
        .sort(),
    ).toEqual(['number', 'points', 'register']);
    expect(
      (
        await admin('PUT', '/accreditations/bestaat-niet', {
          register: 'skj',
          number: 'SKJ-9',
          points: 1,
        })
      ).statusCode,
    ).toBe(404);
    expect(await query(`SELECT count(*)::int AS n FROM module_accreditation`)).toEqual([{ n: 0 }]);

    expect(
      (
        await admin('PUT', `/accreditations/${MODULE}`, {
          register: 'registerplein',
          number: 'RP-2026-77',
          points: 3.5,
        })
      ).statusCode,
    ).toBe(204);
    const listed = (await admin('GET', '/accreditations')).json();
    expect(listed.find((row: { module: { slug: string } }) => row.module.slug === MODULE)).toEqual(
      expect.objectContaining({
        accreditation: { register: 'registerplein', number: 'RP-2026-77', points: 3.5 },
      }),
    );

    await completeAllLessons();
    const { certificateId } = (
      await asPriya('POST', `${base}/closing-test/attempts`, {
        answers: await answersFor(() => true),
      })
    ).json();
    // Removing the accreditation later leaves the certificate as it was earned.
    expect((await admin('DELETE', `/accreditations/${MODULE}`)).statusCode).toBe(204);
    const [earned] = (await admin('GET', '/certificates')).json();
    expect(earned).toMatchObject({
      id: certificateId,
      holderName: 'Priya Professional',
      status: 'valid',
      accreditation: { register: 'registerplein', number: 'RP-2026-77', points: 3.5 },
    });

    const tooShort = await admin('POST', `/certificates/${certificateId}/revoke`, { reason: 'x' });
    expect(tooShort.json().fields[0].field).toBe('reason');
    expect(
      (
        await admin('POST', `/certificates/${certificateId}/revoke`, {
          reason: 'Op naam van een collega gezet.',
        })
      ).statusCode,
    ).toBe(204);
    const again = await admin('POST', `/certificates/${certificateId}/revoke`, {
      reason: 'Nog een keer intrekken.',
    });
    expect(again.json().code).toBe('certificate_not_valid');
    const [mine] = (await asPriya('GET', '/api/learning/me/certificates')).json();
    expect(mine.status).toBe('revoked');
    const audit = await query(
      `SELECT action, details->>'reason' AS reason FROM audit_entry
        WHERE action LIKE 'certificate.%' OR action LIKE 'module.%' ORDER BY created_at`,
    );
    expect(audit).toEqual([
      { action: 'module.accredited', reason: null },
      { action: 'module.accreditation_removed', reason: null },
      { action: 'certificate.revoked', reason: 'Op naam van een collega gezet.' },
    ]);
    // Another organisation's admin cannot reach this certificate.
    const foreign = await world.request('otherOrganisation', {
      method: 'GET',
      url: `/api/organisations/${world.organisation}/certificates`,
    });
    expect(foreign.statusCode).toBe(403);
  });

  it('writes a leerverslag of the period, with register, points and accreditation, and no private text', async () => {
    const registered = await as('professional', 'PATCH', '/api/me', {
      registration: { register: 'skj', number: 'SKJ-123456' },
    });
    expect(registered.json().registration).toEqual({ register: 'skj', number: 'SKJ-123456' });
    const badNumber = await as('professional', 'PATCH', '/api/me', {
      registration: { register: 'skj', number: '<b>' },
    });
    expect(badNumber.json().fields[0].field).toBe('registration.number');

    await query(
      `INSERT INTO module_accreditation (organisation_id, module_id, register, accreditation_number, points)
       SELECT $1, id, 'skj', 'SKJ-ACC-42', 2 FROM learning_module WHERE slug = $2`,
      [world.organisation, MODULE],
    );
    const secret = 'Privé: mijn buurvrouw Truus weet hiervan.';
    const lesson: LessonView = (
      await asPriya('GET', `${base}/lessons/ervaring-is-nog-geen-leren`)
    ).json();
    const reflection = lesson.blocks.find((block) => block.kind === 'reflection');
    if (reflection?.kind !== 'reflection') throw new Error('the lesson has a reflection');
    await world.request('professional', {
      method: 'PUT',
      url: `${base}/lessons/ervaring-is-nog-geen-leren/reflections/${reflection.id}`,
      payload: { answer: secret, confirmedNotClientData: true },
    });
    await completeAllLessons();
    await asPriya('POST', `${base}/closing-test/attempts`, {
      answers: await answersFor(() => true),
    });
    // Another module read for a while, not completed.
    await asPriya('POST', '/api/learning/modules/leren-van-casuistiek/lessons/waarom-vragen/time', {
      visitId: crypto.randomUUID(),
    });

    // The leerverslag's days are Amsterdam's: after 23:00 UTC the UTC date is a day behind.
    const today = DateTime.now().setZone('Europe/Amsterdam').toISODate();
    const csv = await asPriya(
      'GET',
      `/api/learning/me/leerverslag?from=2026-01-01&to=${today}&format=csv`,
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      '"Datum";"Soort";"Categorie";"Activiteit";"Duur (minuten)";"Punten";"Accreditatienummer";"Register"',
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /"formeel leren";"geaccrediteerde scholing";"Module Bewust leren \(afgerond, met certificaat\)";"\d+";"2";"SKJ-ACC-42";"SKJ"$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/"overig";"Module Leren van casuïstiek \(gevolgd\)";"1";"";"";""$/),
    );
    expect(csv.body).not.toContain('Truus');

    const pdf = await asPriya(
      'GET',
      `/api/learning/me/leerverslag?from=2026-01-01&to=${today}&format=pdf`,
    );
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.toString('latin1')).not.toContain('Truus');

    const empty = await asPriya(
      'GET',
      '/api/learning/me/leerverslag?from=2020-01-01&to=2020-12-31&format=csv',
    );
    expect(empty.body.replace('\uFEFF', '').trim().split('\r\n')).toHaveLength(1);
    const backwards = await asPriya(
      'GET',
      '/api/learning/me/leerverslag?from=2026-12-01&to=2026-01-01&format=pdf',
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().fields[0].field).toBe('to');
  });

  it("keeps a member's own card from the team until the team lead approves it; then a moment can ask it", async () => {
    const cards = `/api/teams/${world.team}/cards`;
    const card = {
      title: 'De buurman erbij',
      question: 'Wie in de straat weet al wat er speelt, en hebben we die gevraagd?',
      theme: 'samenwerking',
      moments: ['bij een eerste huisbezoek', 'voor een casusbespreking'],
    };
    const refused = await as('professional', 'POST', cards, {
      ...card,
      task: 'Bel 06-12345678 voor overleg.',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().fields[0]).toMatchObject({ field: 'task', code: 'phone' });
    const empty = await as('professional', 'POST', cards, { ...card, moments: [] });
    expect(empty.json().fields[0].field).toBe('moments');
    expect(await query(`SELECT count(*)::int AS n FROM team_card`)).toEqual([{ n: 0 }]);

    const proposed = await as('professional', 'POST', cards, card);
    expect(proposed.statusCode).toBe(201);
    expect(proposed.json()).toMatchObject({
      status: 'proposed',
      mine: true,
      author: 'Priya Professional',
    });
    const id = proposed.json().id;
    expect(proposed.json().slug).toMatch(/^eigen-de-buurman-erbij-[0-9a-f]{8}$/);

    // The lead sees the proposal; a colleague in the team would not. The author does.
    expect((await as('teamLead', 'GET', cards)).json()).toEqual([
      expect.objectContaining({ id, status: 'proposed', mine: false }),
    ]);
    expect((await as('professional', 'GET', cards)).json()).toHaveLength(1);
    await query(
      `INSERT INTO team_membership (team_id, user_id, role)
       SELECT $1, id, 'professional' FROM app_user WHERE id = $2`,
      [world.team, world.users.otherTeamSameOrganisation],
    );
    const colleague = () =>
      world.request('otherTeamSameOrganisation', { method: 'GET', url: cards });
    expect((await colleague()).json()).toEqual([]);
    expect((await as('teamLead', 'GET', `${cards}/${id}/pdf`)).statusCode).toBe(404);
    // Members cannot approve; the lead can.
    expect((await as('professional', 'POST', `${cards}/${id}/approve`)).statusCode).toBe(403);
    const moment = {
      cardSlug: proposed.json().slug,
      schedule: { time: '09:00', startDate: '2099-01-05', recurrence: { kind: 'once' } },
    };
    expect(
      (await as('teamLead', 'POST', `/api/teams/${world.team}/reflection-moments`, moment)).json()
        .fields?.[0]?.field,
    ).toBe('cardSlug');

    const approved = await as('teamLead', 'POST', `${cards}/${id}/approve`);
    expect(approved.json().status).toBe('approved');
    const asked = await as(
      'teamLead',
      'POST',
      `/api/teams/${world.team}/reflection-moments`,
      moment,
    );
    expect(asked.statusCode).toBe(201);
    expect(asked.json().question).toBe(card.question);
    expect((await colleague()).json()).toEqual([
      expect.objectContaining({ id, status: 'approved' }),
    ]);
    const pdf = await world.request('otherTeamSameOrganisation', {
      method: 'GET',
      url: `${cards}/${id}/pdf`,
    });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    // Approved, it is not the author's to take back; the lead can.
    expect((await as('professional', 'DELETE', `${cards}/${id}`)).statusCode).toBe(403);
  });

  it('re-issues a certificate with a corrected name: the old one says vervangen, the new one is made anew', async () => {
    await completeAllLessons();
    const { certificateId } = (
      await asPriya('POST', `${base}/closing-test/attempts`, {
        answers: await answersFor(() => true),
      })
    ).json();
    const reissue = (payload: object) =>
      as(
        'organisationAdmin',
        'POST',
        `/api/organisations/${world.organisation}/certificates/${certificateId}/reissue`,
        payload,
      );
    expect((await reissue({ holderName: ' ' })).json().fields[0].field).toBe('holderName');

    const reissued = await reissue({ holderName: 'Priya Professional-de Vries' });
    expect(reissued.statusCode).toBe(201);
    await new CertificatePdfMaker(app.get(DataSource), app.get(Certificates)).make({
      certificateId: reissued.json().id,
    });
    const mine: Certificate[] = (await asPriya('GET', '/api/learning/me/certificates')).json();
    expect(mine.map((each) => [each.holderName, each.status, each.pdfReady])).toEqual(
      expect.arrayContaining([
        ['Priya Professional', 'replaced', false],
        ['Priya Professional-de Vries', 'valid', true],
      ]),
    );
    const old = mine.find((each) => each.status === 'replaced') as Certificate;
    const code = new URL(old.verificationUrl).pathname.split('/').pop();
    expect((await as('anonymous', 'GET', `/api/certificates/${code}`)).json().status).toBe(
      'replaced',
    );
    expect((await reissue({ holderName: 'Nog een keer' })).json().code).toBe(
      'certificate_not_valid',
    );
  });

  it('gives someone who completed the module before closing tests existed a certificate when they pass', async () => {
    await completeAllLessons();
    // As it was before: the module marked complete by its lessons alone, no certificate.
    await query(`UPDATE module_enrolment SET completed_at = now() - interval '1 year'`);
    const passed = await asPriya('POST', `${base}/closing-test/attempts`, {
      answers: await answersFor(() => true),
    });
    expect(passed.json()).toMatchObject({
      moduleCompleted: true,
      certificateId: expect.any(String),
    });
    expect(await query(`SELECT count(*)::int AS n FROM certificate`)).toEqual([{ n: 1 }]);
    // Completing a lesson again issues nothing more.
    await asPriya('POST', `${base}/lessons/de-leercirkel/complete`);
    expect(await query(`SELECT count(*)::int AS n FROM certificate`)).toEqual([{ n: 1 }]);
  });
});
