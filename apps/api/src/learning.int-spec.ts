import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { ContentImporter, readContent } from '@leerruimte/api-learning';
import type { LessonView, ModuleSummary } from '@leerruimte/shared-contracts';
import { type World, buildWorld, createTestHttpApp } from './test-world';

/** The bundled content, imported as `npm start` does, read by a learner through the API. */
describe('learning modules', () => {
  let app: NestFastifyApplication;
  let world: World;
  const query = (sql: string, params: unknown[] = []) => app.get(DataSource).query(sql, params);
  const asPriya = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    world.request('professional', { method, url, ...(payload && { payload }) });

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
    await app.get(ContentImporter).import(readContent('content'));
  });

  afterAll(() => app.close());

  /** The first lesson that has a reflection question and a knowledge check. */
  async function lessonWithBlocks(): Promise<LessonView> {
    const modules: ModuleSummary[] = (await asPriya('GET', '/api/learning/modules')).json();
    for (const summary of modules) {
      const detail = (await asPriya('GET', `/api/learning/modules/${summary.slug}`)).json();
      for (const lesson of detail.lessons) {
        const view: LessonView = (
          await asPriya('GET', `/api/learning/modules/${summary.slug}/lessons/${lesson.slug}`)
        ).json();
        const kinds = view.blocks.map((block) => block.kind);
        if (kinds.includes('reflection') && kinds.includes('check')) return view;
      }
    }
    throw new Error('no lesson with a reflection and a check in content/');
  }

  it('lists at least the nine modules, searchable and filterable', async () => {
    const all: ModuleSummary[] = (await asPriya('GET', '/api/learning/modules')).json();
    expect(all.length).toBeGreaterThanOrEqual(9);
    expect(all[0].progress).toEqual({
      status: 'not_started',
      completedLessons: 0,
      lastLessonSlug: null,
      completedAt: null,
    });
    for (const summary of all) {
      expect(summary.lessonCount).toBeGreaterThanOrEqual(3);
      expect(summary.lessonCount).toBeLessThanOrEqual(6);
    }

    const found: ModuleSummary[] = (await asPriya('GET', '/api/learning/modules?q=netwerk')).json();
    expect(found.map((summary) => summary.slug)).toContain('sociale-netwerkstrategieen');
    expect(found.length).toBeLessThan(all.length);

    const themed: ModuleSummary[] = (
      await asPriya('GET', '/api/learning/modules?theme=experimenteren')
    ).json();
    expect(themed.every((summary) => summary.themes.includes('experimenteren'))).toBe(true);

    const short: ModuleSummary[] = (
      await asPriya('GET', '/api/learning/modules?maxMinutes=5')
    ).json();
    expect(short).toEqual([]);
  });

  it('refuses bad filters with the field that is wrong', async () => {
    const response = await asPriya('GET', '/api/learning/modules?theme=koken&maxMinutes=veel');
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .fields.map((field: { field: string }) => field.field)
        .sort(),
    ).toEqual(['maxMinutes', 'theme']);
  });

  it('shows a lesson without the answers to its checks', async () => {
    const view = await lessonWithBlocks();
    const check = view.blocks.find((block) => block.kind === 'check');
    expect(JSON.stringify(check)).not.toMatch(/correct|feedback/);
    expect(view.number).toBeGreaterThanOrEqual(1);
  });

  it('keeps a reflection answer in the journal, checks an answer and completes the lesson', async () => {
    const view = await lessonWithBlocks();
    const base = `/api/learning/modules/${view.module.slug}/lessons/${view.slug}`;
    const reflection = view.blocks.find((block) => block.kind === 'reflection');
    const check = view.blocks.find((block) => block.kind === 'check');
    if (reflection?.kind !== 'reflection' || check?.kind !== 'check') throw new Error('blocks');

    expect((await asPriya('POST', `${base}/visit`)).statusCode).toBe(204);
    const saved = await asPriya('PUT', `${base}/reflections/${reflection.id}`, {
      answer: '  Ik begin vaak bij het formulier.  ',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().answer).toBe('Ik begin vaak bij het formulier.');

    const answers = await Promise.all(
      check.options.map(async (_option, option) =>
        (await asPriya('POST', `${base}/checks/${check.id}`, { option })).json(),
      ),
    );
    expect(answers.filter((answer) => answer.correct)).toHaveLength(1);
    expect(answers.every((answer) => answer.feedback.length > 5)).toBe(true);
    // The last try counts: answer right before completing.
    const right = answers.findIndex((answer) => answer.correct);
    await asPriya('POST', `${base}/checks/${check.id}`, { option: right });

    const completed = await asPriya('POST', `${base}/complete`);
    expect(completed.json()).toMatchObject({ completedLessons: 1, moduleCompleted: false });

    const again: LessonView = (await asPriya('GET', base)).json();
    expect(again.completed).toBe(true);
    expect(again.reflections[reflection.id].answer).toBe('Ik begin vaak bij het formulier.');
    const exported = (await asPriya('GET', '/api/me/export')).json();
    expect(exported.learning.journal).toEqual([
      expect.objectContaining({
        module: view.module.title,
        lesson: view.title,
        answer: 'Ik begin vaak bij het formulier.',
      }),
    ]);
    expect(exported.learning.completedLessons).toHaveLength(1);
    const mine = (await asPriya('GET', '/api/learning/me')).json();
    expect(mine.inProgress[0]).toMatchObject({
      slug: view.module.slug,
      progress: { status: 'in_progress', completedLessons: 1, lastLessonSlug: view.slug },
    });
    // Completing is not learning time: only the reader's heartbeats are.
    expect(mine.minutesLearned).toBe(0);
  });

  it('stops a journal answer that could identify a client, unless the author confirms it is not', async () => {
    const view = await lessonWithBlocks();
    const reflection = view.blocks.find((block) => block.kind === 'reflection');
    if (reflection?.kind !== 'reflection') throw new Error('reflection');
    const url = `/api/learning/modules/${view.module.slug}/lessons/${view.slug}/reflections/${reflection.id}`;
    const answer = 'Meneer (BSN 123456782) belde vanaf 06-12345678.';

    const refused = await asPriya('PUT', url, { answer });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'possible_client_data',
      fields: [
        { field: 'answer', code: 'bsn', message: '“123456782” lijkt op een BSN.' },
        { field: 'answer', code: 'phone', message: '“06-12345678” lijkt op een telefoonnummer.' },
      ],
    });
    expect(await query(`SELECT count(*)::int AS n FROM journal_entry`)).toEqual([{ n: 0 }]);

    const confirmed = await asPriya('PUT', url, { answer, confirmedNotClientData: true });
    expect(confirmed.statusCode).toBe(200);
    const [row] = await query(
      `SELECT privacy_findings, privacy_confirmed_at IS NOT NULL AS confirmed FROM journal_entry`,
    );
    expect(row).toEqual({ privacy_findings: ['bsn', 'phone'], confirmed: true });

    await asPriya('PUT', url, { answer: 'Ik vroeg te weinig door.' });
    expect(await query(`SELECT privacy_findings FROM journal_entry`)).toEqual([
      { privacy_findings: null },
    ]);
  });

  it('says which block or option does not exist, and stores nothing then', async () => {
    const view = await lessonWithBlocks();
    const base = `/api/learning/modules/${view.module.slug}/lessons/${view.slug}`;
    const check = view.blocks.find((block) => block.kind === 'check');
    if (check?.kind !== 'check') throw new Error('check');

    const unknownBlock = await asPriya('PUT', `${base}/reflections/bestaat-niet`, { answer: 'x' });
    expect(unknownBlock.statusCode).toBe(404);
    expect(unknownBlock.json().code).toBe('block_not_found');
    const checkAsReflection = await asPriya('PUT', `${base}/reflections/${check.id}`, {
      answer: 'x',
    });
    expect(checkAsReflection.statusCode).toBe(404);
    const badOption = await asPriya('POST', `${base}/checks/${check.id}`, { option: 9 });
    expect(badOption.statusCode).toBe(422);
    expect(badOption.json().fields[0].field).toBe('option');
    const unknownLesson = await asPriya(
      'GET',
      `/api/learning/modules/${view.module.slug}/lessons/x`,
    );
    expect(unknownLesson.json().code).toBe('lesson_not_found');
    expect(await query(`SELECT count(*)::int AS n FROM journal_entry`)).toEqual([{ n: 0 }]);
    expect(await query(`SELECT count(*)::int AS n FROM check_answer`)).toEqual([{ n: 0 }]);
  });

  it('keeps every self-assessment result, newest first, and names missing scores', async () => {
    const base = '/api/learning/modules/aan-de-knoppen/lessons/de-knoppenscan';
    const view: LessonView = (await asPriya('GET', base)).json();
    const scan = view.blocks.find((block) => block.kind === 'self-assessment');
    if (scan?.kind !== 'self-assessment') throw new Error('no self-assessment in de-knoppenscan');
    const allScores = (score: number) =>
      Object.fromEntries(scan.statements.map((statement) => [statement.id, score]));

    const [first, ...others] = scan.statements;
    const incomplete = await asPriya('POST', `${base}/self-assessments/${scan.id}`, {
      scores: { ...Object.fromEntries(others.map((statement) => [statement.id, 3])), extra: 2 },
    });
    expect(incomplete.statusCode).toBe(422);
    expect(
      incomplete
        .json()
        .fields.map((field: { field: string }) => field.field)
        .sort(),
    ).toEqual([`scores.${first.id}`, 'scores.extra'].sort());
    const outOfRange = await asPriya('POST', `${base}/self-assessments/${scan.id}`, {
      scores: { ...allScores(3), [first.id]: 6 },
    });
    expect(outOfRange.statusCode).toBe(400);
    expect(await query(`SELECT count(*)::int AS n FROM self_assessment_result`)).toEqual([
      { n: 0 },
    ]);

    const earlier = await asPriya('POST', `${base}/self-assessments/${scan.id}`, {
      scores: allScores(2),
    });
    expect(earlier.statusCode).toBe(201);
    expect(earlier.json().dimensions).toHaveLength(scan.dimensions.length);
    expect(
      earlier.json().dimensions.every((dimension: { average: number }) => dimension.average === 2),
    ).toBe(true);
    await asPriya('POST', `${base}/self-assessments/${scan.id}`, { scores: allScores(4) });

    const history = (await asPriya('GET', base)).json().selfAssessments[scan.id];
    expect(
      history.map(
        (result: { dimensions: Array<{ average: number }> }) => result.dimensions[0].average,
      ),
    ).toEqual([4, 2]);
  });

  it('serves the card library to anyone, also as a printable PDF', async () => {
    const anonymous = (url: string) => world.request('anonymous', { method: 'GET', url });
    const cards = (await anonymous('/api/cards')).json();
    expect(cards.length).toBeGreaterThanOrEqual(10);
    const card = (await anonymous(`/api/cards/${cards[0].slug}`)).json();
    expect(card).toEqual(cards[0]);
    expect((await anonymous('/api/cards/bestaat-niet')).statusCode).toBe(404);

    const pdf = await anonymous(`/api/cards/${cards[0].slug}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await anonymous('/api/cards/bestaat-niet/pdf')).statusCode).toBe(404);
  });

  it('builds a portfolio of completed modules with hours, the journal, and a PDF of it', async () => {
    const [first] = (await asPriya('GET', '/api/learning/modules')).json() as ModuleSummary[];
    // A module completed earlier, with eight minutes of reading.
    await query(
      `INSERT INTO module_enrolment (user_id, module_id, started_at, last_opened_at, completed_at)
       SELECT $1, id, now(), now(), now() FROM learning_module WHERE slug = $2`,
      [world.users.professional, first.slug],
    );
    await query(
      `INSERT INTO learning_time_slot (user_id, slot_start, lesson_id, visit_id)
       SELECT $1, now() - make_interval(secs => n * 30), l.id, gen_random_uuid()
         FROM lesson l JOIN learning_module m ON m.id = l.module_id,
              generate_series(1, 16) AS n
        WHERE m.slug = $2 AND l.position = 0`,
      [world.users.professional, first.slug],
    );
    const view = await lessonWithBlocks();
    const reflection = view.blocks.find((block) => block.kind === 'reflection');
    if (reflection?.kind !== 'reflection') throw new Error('reflection');
    await asPriya(
      'PUT',
      `/api/learning/modules/${view.module.slug}/lessons/${view.slug}/reflections/${reflection.id}`,
      { answer: 'Mijn eerste antwoord.' },
    );

    const portfolio = (await asPriya('GET', '/api/learning/me/portfolio')).json();
    expect(portfolio).toMatchObject({
      name: 'Priya Professional',
      minutesLearned: 8,
      completedModules: [{ slug: first.slug, title: first.title, minutes: 8 }],
      journal: [
        {
          module: { slug: view.module.slug },
          question: reflection.question,
          answer: 'Mijn eerste antwoord.',
        },
      ],
    });

    const pdf = await asPriya('GET', '/api/learning/me/portfolio/pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('leerruimte-leeroverzicht.pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.length).toBeGreaterThan(1000);
  });
});
