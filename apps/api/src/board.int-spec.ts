import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { identityFactories } from '@leerruimte/api-identity-data/testing';
import { type Person, type World, buildWorld, createTestHttpApp } from './test-world';

describe("the team's learning board", () => {
  let app: NestFastifyApplication;
  let world: World;
  const query = (sql: string, params: unknown[] = []) => app.get(DataSource).query(sql, params);
  const as = (
    person: Person,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    payload?: unknown,
  ) =>
    world.request(person, {
      method,
      url: `/api/teams/${world.team}${path}`,
      ...(payload !== undefined && { payload: payload as object }),
    });
  const count = async (table: string) =>
    Number((await query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const notificationsOf = async (userId: string) =>
    (
      (await query(`SELECT content FROM notification WHERE user_id = $1 ORDER BY created_at`, [
        userId,
      ])) as Array<{ content: { kind: string } }>
    ).map((row) => row.content);
  const plan = {
    title: 'Eerst het netwerk',
    intendedEffect: 'Sneller contact',
    whatWeTry: 'Bellen',
  };

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
  });

  afterAll(() => app.close());

  async function askQuestion(person: Person = 'professional', extra: object = {}) {
    const response = await as(person, 'POST', '/why-questions', {
      question: 'Waarom starten we altijd met de indicatie?',
      theme: 'regels-en-kaders',
      ...extra,
    });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string; depth: number };
  }

  describe('why-questions', () => {
    it('counts one vote per member, however often they vote, and lets them withdraw it', async () => {
      const question = await askQuestion();

      await as('teamLead', 'PUT', `/why-questions/${question.id}/vote`);
      const twice = await as('teamLead', 'PUT', `/why-questions/${question.id}/vote`);
      expect(twice.json()).toMatchObject({ votes: 1, votedByMe: true });
      const mine = await as('professional', 'PUT', `/why-questions/${question.id}/vote`);
      expect(mine.json()).toMatchObject({ votes: 2, votedByMe: true });

      const withdrawn = await as('teamLead', 'DELETE', `/why-questions/${question.id}/vote`);
      expect(withdrawn.json()).toMatchObject({ votes: 1, votedByMe: false });
      expect(await count('why_vote')).toBe(1);
    });

    it('lets its answers and votes go with the question when its team is removed', async () => {
      const question = await askQuestion();
      await as('professional', 'PUT', `/why-questions/${question.id}/vote`);
      await as('teamLead', 'POST', `/why-questions/${question.id}/answers`, {
        text: 'Omdat het altijd zo ging.',
      });
      expect([await count('why_vote'), await count('why_answer')]).toEqual([1, 1]);

      await query(`DELETE FROM team WHERE id = $1`, [world.team]);

      expect([await count('why_vote'), await count('why_answer')]).toEqual([0, 0]);
    });

    it("digs five why's deep and refuses a sixth, storing nothing", async () => {
      let parent = await askQuestion();
      for (let depth = 2; depth <= 5; depth += 1) {
        parent = await askQuestion('teamLead', { parentQuestionId: parent.id });
        expect(parent.depth).toBe(depth);
      }
      const chain = await as('professional', 'GET', `/why-questions/${parent.id}`);
      expect(chain.json().chainAbove).toHaveLength(4);

      const sixth = await as('professional', 'POST', '/why-questions', {
        question: 'Waarom nog dieper?',
        theme: 'regels-en-kaders',
        parentQuestionId: parent.id,
      });
      expect(sixth.statusCode).toBe(422);
      expect(sixth.json().fields).toEqual([
        expect.objectContaining({ field: 'parentQuestionId', code: 'chain_too_deep' }),
      ]);
      expect(await count('why_question')).toBe(5);
    });

    it('tells the author of new answers, and not the one who answered their own question', async () => {
      const question = await askQuestion();
      await as('professional', 'POST', `/why-questions/${question.id}/answers`, {
        text: 'Een eigen gedachte.',
      });
      const answered = await as('teamLead', 'POST', `/why-questions/${question.id}/answers`, {
        text: 'Omdat het zekerheid geeft.',
      });

      expect(answered.statusCode).toBe(201);
      expect(answered.json().answers.map((a: { text: string }) => a.text)).toEqual([
        'Een eigen gedachte.',
        'Omdat het zekerheid geeft.',
      ]);
      expect(await notificationsOf(world.users.professional)).toEqual([
        expect.objectContaining({ kind: 'why_question_answered', answeredBy: 'Lars Lead' }),
      ]);
    });

    it('lets the lead put questions on the agenda, or anyone when the team chose so', async () => {
      const question = await askQuestion();
      const refused = await as('professional', 'PUT', `/why-questions/${question.id}/agenda`, {
        onAgenda: true,
      });
      expect(refused.statusCode).toBe(403);

      const settings = await as('teamLead', 'PUT', '/board/settings', { agendaBy: 'members' });
      expect(settings.json()).toEqual({ agendaBy: 'members' });
      const planned = await as('professional', 'PUT', `/why-questions/${question.id}/agenda`, {
        onAgenda: true,
      });

      expect(planned.json()).toMatchObject({ status: 'on_agenda', mayPlanDiscussion: true });
      expect(await notificationsOf(world.users.teamLead)).toEqual([
        expect.objectContaining({ kind: 'why_question_on_agenda', questionId: question.id }),
      ]);
    });

    it('keeps a discussed question with its conclusion in the history, found by a word', async () => {
      const question = await askQuestion();
      const discussed = await as('teamLead', 'POST', `/why-questions/${question.id}/discussed`, {
        conclusion: 'Het hoeft niet: we beginnen voortaan met het gesprek.',
      });
      expect(discussed.json()).toMatchObject({ status: 'discussed' });
      const again = await as('teamLead', 'PUT', `/why-questions/${question.id}/agenda`, {
        onAgenda: true,
      });
      expect(again.statusCode).toBe(409);

      const found = await as('professional', 'GET', '/learnings?q=gesprek');
      expect(found.json()).toEqual([
        expect.objectContaining({ kind: 'why_question', id: question.id, decision: null }),
      ]);
      expect((await as('professional', 'GET', '/learnings?q=onbekend')).json()).toEqual([]);
    });

    it('lets only the author change the question', async () => {
      const question = await askQuestion();
      const byOther = await as('teamLead', 'PUT', `/why-questions/${question.id}`, {
        question: 'Waarom eigenlijk?',
        theme: 'ethiek-en-moraal',
      });
      expect(byOther.statusCode).toBe(403);
      const byAuthor = await as('professional', 'PUT', `/why-questions/${question.id}`, {
        question: 'Waarom eigenlijk?',
        theme: 'ethiek-en-moraal',
      });
      expect(byAuthor.json()).toMatchObject({
        question: 'Waarom eigenlijk?',
        theme: 'ethiek-en-moraal',
      });
    });
  });

  describe('the privacy guard and bad text', () => {
    it('refuses a valid BSN with the fragment and why, until the author confirms', async () => {
      const text = 'Waarom vroegen we 111222333 niet eerder om toestemming?';
      const refused = await as('professional', 'POST', '/why-questions', {
        question: text,
        theme: 'ethiek-en-moraal',
      });

      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({ code: 'possible_client_data' });
      expect(refused.json().fields).toEqual([
        expect.objectContaining({
          field: 'question',
          code: 'bsn',
          message: expect.stringContaining('111222333'),
        }),
      ]);
      expect(await count('why_question')).toBe(0);

      const confirmed = await as('professional', 'POST', '/why-questions', {
        question: text,
        theme: 'ethiek-en-moraal',
        confirmedNotClientData: true,
      });
      expect(confirmed.statusCode).toBe(201);
      const [stored] = await query(
        `SELECT privacy_findings, privacy_confirmed_at FROM why_question`,
      );
      expect(stored.privacy_findings).toEqual(['bsn']);
      expect(stored.privacy_confirmed_at).not.toBeNull();
    });

    it("takes a colleague's name in the author's organisation for a colleague, not a resident", async () => {
      const colleague = await as('professional', 'POST', '/why-questions', {
        question: 'Waarom sprak bewoner Zoe Zuid pas na een week met ons?',
        theme: 'samenwerking',
      });
      expect(colleague.statusCode).toBe(201);

      // Bas Buiten works for another organisation: to this author, he could be a resident.
      const stranger = await as('professional', 'POST', '/why-questions', {
        question: 'Waarom sprak bewoner Bas Buiten pas na een week met ons?',
        theme: 'samenwerking',
      });
      expect(stranger.statusCode).toBe(422);
      expect(stranger.json().fields).toEqual([
        expect.objectContaining({ field: 'question', code: 'name' }),
      ]);
      expect(await count('why_question')).toBe(1);
    });

    it('checks every field of an experiment and names each one that holds client data', async () => {
      const refused = await as('professional', 'POST', '/experiments', {
        ...plan,
        situation: 'Mevrouw op 1234 AB 12 belde.',
        roles: 'Mail naar jan@voorbeeld.nl',
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().fields.map((field: { field: string }) => field.field)).toEqual([
        'situation',
        'roles',
      ]);
      expect(await count('experiment')).toBe(0);
    });

    it.each([
      ['a text of 100 KB', 'x'.repeat(100 * 1024), 'Mag hoogstens 1000 tekens lang zijn.'],
      ['control characters', 'Waarom\u0000 nu?', 'Bevat stuurtekens die niet in een tekst horen.'],
    ])('refuses %s with a clear message on the field', async (_name, question, message) => {
      const response = await as('professional', 'POST', '/why-questions', {
        question,
        theme: 'aanpak',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual([
        expect.objectContaining({ field: 'question', message }),
      ]);
      expect(await count('why_question')).toBe(0);
    });

    it('keeps HTML as the text that was typed, and exports it as text', async () => {
      const html = '<script>alert("x")</script> waarom <b>zo</b>?';
      const question = await askQuestion('professional', { question: html });
      const shown = await as('teamLead', 'GET', `/why-questions/${question.id}`);
      expect(shown.json().question).toBe(html);

      const markdown = await as('teamLead', 'GET', '/board/export?format=md');
      expect(markdown.headers['content-type']).toContain('text/markdown');
      expect(markdown.body).not.toContain('<script>');
      expect(markdown.body).toContain('&lt;script');
    });
  });

  describe('experiments', () => {
    async function startFromQuestion() {
      const question = await askQuestion();
      const created = await as('teamLead', 'POST', '/experiments', {
        ...plan,
        whyQuestionId: question.id,
        participantIds: [world.users.professional],
        startDate: '2026-12-01',
        endDate: '2027-01-31',
      });
      expect(created.statusCode).toBe(201);
      return { question, experiment: created.json() as { id: string } };
    }

    it('turns a why-question into an experiment', async () => {
      const { question, experiment } = await startFromQuestion();
      const asked = await as('professional', 'GET', `/why-questions/${question.id}`);
      expect(asked.json()).toMatchObject({ status: 'in_experiment', experimentId: experiment.id });
      const detail = await as('professional', 'GET', `/experiments/${experiment.id}`);
      expect(detail.json()).toMatchObject({
        status: 'idea',
        myRole: 'participant',
        whyQuestion: { id: question.id },
        participants: [{ userId: world.users.professional, name: 'Priya Professional' }],
      });
    });

    it('moves through its lifecycle by who is involved, and the evaluation decides', async () => {
      const { experiment } = await startFromQuestion();
      const url = `/experiments/${experiment.id}`;
      await identityFactories(app.get(DataSource)).member(
        world.users.otherTeamSameOrganisation,
        world.team,
      );
      const outsider = await as('otherTeamSameOrganisation', 'POST', `${url}/status`, {
        status: 'planned',
      });
      expect(outsider.statusCode).toBe(403);

      for (const status of ['planned', 'running', 'evaluating']) {
        const moved = await as('professional', 'POST', `${url}/status`, { status });
        expect(moved.json()).toMatchObject({ status });
      }
      const skipped = await as('teamLead', 'POST', `${url}/status`, { status: 'adopted' });
      expect(skipped.statusCode).toBe(409);
      expect(skipped.json().message).toContain('evaluatie');

      const evaluation = {
        doneAsPlanned: 'partly',
        comparedWithPrediction: 'Sneller dan voorspeld.',
        learned: 'Het netwerk weet vaak meer dan wij.',
        decision: 'adopted',
      };
      const byParticipant = await as('professional', 'POST', `${url}/evaluation`, evaluation);
      expect(byParticipant.statusCode).toBe(403);
      const evaluated = await as('teamLead', 'POST', `${url}/evaluation`, evaluation);
      expect(evaluated.json()).toMatchObject({
        status: 'adopted',
        evaluation: { decision: 'adopted', evaluatedBy: { name: 'Lars Lead' } },
      });
      const moreData = await as('professional', 'POST', `${url}/data-points`, {
        measuredOn: '2027-02-01',
        value: 3,
      });
      expect(moreData.statusCode).toBe(409);

      const learnings = await as('professional', 'GET', '/learnings?q=netwerk');
      expect(learnings.json()).toEqual([
        expect.objectContaining({ kind: 'experiment', id: experiment.id, decision: 'adopted' }),
      ]);
      const told = await notificationsOf(world.users.professional);
      expect(told.filter((content) => content.kind === 'experiment_status_changed')).toEqual([
        expect.objectContaining({ status: 'adopted', changedBy: 'Lars Lead' }),
      ]);
    });

    it('keeps a logbook and data points, and links a follow-up cycle', async () => {
      const { experiment } = await startFromQuestion();
      const url = `/experiments/${experiment.id}`;
      await as('teamLead', 'POST', `${url}/logbook`, {
        observedOn: '2026-12-03',
        text: 'De buurvrouw kwam mee.',
      });
      for (const [measuredOn, value] of [
        ['2026-12-08', 9],
        ['2026-12-01', 12],
      ] as const) {
        await as('professional', 'POST', `${url}/data-points`, { measuredOn, value });
      }
      const detail = (await as('professional', 'GET', url)).json();
      expect(detail.logbook).toEqual([
        expect.objectContaining({
          text: 'De buurvrouw kwam mee.',
          author: expect.objectContaining({ name: 'Lars Lead' }),
        }),
      ]);
      expect(detail.dataPoints.map((point: { value: number }) => point.value)).toEqual([12, 9]);

      const next = await as('professional', 'POST', '/experiments', {
        ...plan,
        title: 'Netwerk ook bij heraanmelding',
        previousExperimentId: experiment.id,
      });
      expect(next.json()).toMatchObject({ previous: { id: experiment.id }, myRole: 'owner' });
      const first = (await as('professional', 'GET', url)).json();
      expect(first.followUps).toEqual([
        { id: next.json().id, title: 'Netwerk ook bij heraanmelding' },
      ]);
    });

    it('refuses participants, questions and cases from outside the team, storing nothing', async () => {
      const response = await as('professional', 'POST', '/experiments', {
        ...plan,
        participantIds: [world.users.otherOrganisation],
        caseId: '00000000-0000-4000-8000-000000000000',
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().fields.map((field: { field: string }) => field.field)).toEqual([
        'participantIds.0',
        'caseId',
      ]);
      expect(await count('experiment')).toBe(0);
    });
  });

  describe('cases', () => {
    it('records a structured case discussion with its method and outcome', async () => {
      const created = await as('professional', 'POST', '/cases', {
        title: 'Moeder met twee banen',
        description: 'Een situatie zonder namen of adressen.',
        theme: 'samenwerking',
      });
      expect(created.statusCode).toBe(201);
      const url = `/cases/${created.json().id}`;
      const wrongStep = await as('teamLead', 'POST', `${url}/discussions`, {
        method: 'gossip_method',
        heldOn: '2026-11-20',
        steps: [{ step: 'core_question', notes: '' }],
        outcome: 'Een uitkomst.',
      });
      expect(wrongStep.statusCode).toBe(400);
      expect(wrongStep.json().fields[0].field).toBe('steps.0.step');

      const discussed = await as('teamLead', 'POST', `${url}/discussions`, {
        method: 'incident_method',
        heldOn: '2026-11-20',
        steps: [
          { step: 'incident', notes: 'Kort verteld.' },
          { step: 'lessons', notes: 'Vertrouwen eerst.' },
        ],
        outcome: 'Eerste bezoek zonder formulieren.',
      });
      expect(discussed.statusCode).toBe(201);
      expect(discussed.json().discussions).toEqual([
        expect.objectContaining({
          method: 'incident_method',
          recordedBy: expect.objectContaining({ name: 'Lars Lead' }),
        }),
      ]);
      await askQuestion('professional', { caseId: created.json().id });
      expect((await as('professional', 'GET', url)).json()).toMatchObject({ questionCount: 1 });
    });
  });

  describe('moderation and the board', () => {
    it("finds each shown question's experiment through an index, not by reading them all", async () => {
      // The board asks this for every question it shows; a team may have thousands.
      const runner = app.get(DataSource).createQueryRunner();
      try {
        await runner.startTransaction();
        await runner.query(`SET LOCAL enable_seqscan = off`);
        const [{ 'QUERY PLAN': plan }] = await runner.query(
          `EXPLAIN (FORMAT JSON) SELECT e.id FROM experiment e
            WHERE e.why_question_id = $1 ORDER BY e.created_at LIMIT 1`,
          [world.team],
        );
        expect(JSON.stringify(plan)).toMatch(/"Node Type":"Index (Only )?Scan"/);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });

    it('lets the lead hide an answer with a reason, recorded in the audit log', async () => {
      const question = await askQuestion();
      const answered = await as('professional', 'POST', `/why-questions/${question.id}/answers`, {
        text: 'Iets wat hier niet hoort.',
      });
      const answerId = answered.json().answers[0].id;
      const hide = { itemType: 'why_answer', itemId: answerId, reason: 'Te persoonlijk' };

      expect((await as('professional', 'POST', '/board/hidden-items', hide)).statusCode).toBe(403);
      expect((await as('teamLead', 'POST', '/board/hidden-items', hide)).statusCode).toBe(204);
      expect((await as('teamLead', 'POST', '/board/hidden-items', hide)).statusCode).toBe(409);

      const shown = (await as('professional', 'GET', `/why-questions/${question.id}`)).json();
      expect(shown.answers[0]).toMatchObject({
        text: '',
        hidden: { reason: 'Te persoonlijk', hiddenBy: 'Lars Lead' },
      });
      const [audit] = await query(`SELECT action, team_id, details FROM audit_entry`);
      expect(audit).toMatchObject({
        action: 'board.item_hidden',
        team_id: world.team,
        details: { itemType: 'why_answer', itemId: answerId, reason: 'Te persoonlijk' },
      });
    });

    it('shows open questions by votes, active experiments and recent learnings', async () => {
      const few = await askQuestion();
      const many = await askQuestion('teamLead', { question: 'Waarom bellen we zo laat?' });
      await as('professional', 'PUT', `/why-questions/${many.id}/vote`);
      await as('professional', 'POST', '/experiments', plan);
      const hidden = await askQuestion('professional', { question: 'Waarom altijd hij?' });
      await as('teamLead', 'POST', '/board/hidden-items', {
        itemType: 'why_question',
        itemId: hidden.id,
        reason: 'Over een collega',
      });

      const board = (await as('professional', 'GET', '/board')).json();
      expect(board).toMatchObject({
        teamName: 'Noord',
        isLead: false,
        settings: { agendaBy: 'lead' },
      });
      expect(board.openQuestions.map((question: { id: string }) => question.id)).toEqual([
        many.id,
        few.id,
      ]);
      expect(board.activeExperiments).toEqual([expect.objectContaining({ title: plan.title })]);
      expect(board.recentLearnings).toEqual([]);
    });

    it('exports the board as a PDF for the team meeting', async () => {
      await askQuestion();
      const pdf = await as(
        'professional',
        'GET',
        '/board/export?format=pdf&theme=regels-en-kaders',
      );
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const noFormat = await as('professional', 'GET', '/board/export');
      expect(noFormat.statusCode).toBe(400);
      expect(noFormat.json().fields[0].field).toBe('format');
    });
  });
});
