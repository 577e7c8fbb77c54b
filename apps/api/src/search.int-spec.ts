import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import {
  type SearchKind,
  type SearchResponse,
  type SearchResult,
  searchResponseSchema,
} from '@leerruimte/shared-contracts';
import { boardFactories } from '@leerruimte/api-board/testing';
import { learningFactories } from '@leerruimte/api-learning/testing';
import { type Person, type World, buildWorld, createTestHttpApp } from './test-world';

/**
 * Every statement of one search: the session, who searches, and one per kind (seven), whatever
 * there is to find.
 */
const STATEMENT_BUDGET = 9;

const personas: Person[] = [
  'professional',
  'teamLead',
  'otherTeamSameOrganisation',
  'otherOrganisation',
  'organisationAdmin',
];

type Row = Record<string, unknown>;

const text = (pieces: SearchResult['title']) => pieces.map((piece) => piece.text).join('');

describe('Zoeken (GET /api/search)', () => {
  let app: NestFastifyApplication;
  let world: World;
  /** Team names by id, and each persona's teams by name. */
  let teams: Record<string, string>;
  const query = (sql: string, params: unknown[] = []): Promise<Row[]> =>
    app.get(DataSource).query(sql, params);

  async function search(as: Person, q: string, kind?: SearchKind): Promise<SearchResponse> {
    const response = await world.request(as, {
      method: 'GET',
      url: '/api/search',
      query: { q, ...(kind && { kind }) },
    });
    expect(response.statusCode).toBe(200);
    return searchResponseSchema.parse(response.json());
  }

  const titles = (response: SearchResponse, kind?: SearchKind) =>
    response.results.filter((r) => !kind || r.kind === kind).map((r) => text(r.title));

  const learning = () => learningFactories(app.get(DataSource));
  const board = () => boardFactories(app.get(DataSource));

  const learningModule = async (slug: string, title: string, summary: string) =>
    (
      await learning().module(slug, 0, {
        title,
        summary,
        learningGoals: ['Je brengt samen met de inwoner zijn omgeving in kaart.'],
      })
    ).moduleId;

  const lesson = (
    moduleId: string,
    slug: string,
    title: string,
    searchText: string,
    removed = false,
  ) =>
    learning().lesson(moduleId, slug, {
      title,
      searchText,
      removedAt: removed ? new Date() : null,
    });

  /** A why-question, case and experiment in the team, hidden by its lead when asked. */
  async function boardItems(teamId: string, words: string, hidden = false) {
    const hiding = hidden ? { hiddenAt: new Date(), hiddenReason: 'Hoort hier niet' } : {};
    await board().whyQuestion(teamId, { question: `Waarom ${words}?`, ...hiding });
    await board().teamCase(teamId, {
      title: `Casus ${words}`,
      description: 'Een situatie uit de praktijk.',
      ...hiding,
    });
    await board().experiment(teamId, {
      title: `Proef ${words}`,
      situation: 'Nu gaat het zo.',
      whatWeTry: 'Anders doen',
      ...hiding,
    });
  }

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  afterAll(() => app.close());

  beforeEach(async () => {
    world = await buildWorld(app);
    const rows = await query(`SELECT id, name FROM team`);
    teams = Object.fromEntries(rows.map((row) => [row.name as string, row.id as string]));
  });

  describe('what it finds', () => {
    let lessonId: string;

    beforeEach(async () => {
      const snw = await learningModule(
        'sociale-netwerkstrategieen',
        'Sociale NetwerkStrategieën',
        'Het netwerk van een inwoner weet vaak meer dan je denkt.',
      );
      lessonId = await lesson(
        snw,
        'de-wyber',
        'De Wyber',
        'Met de Wyber breng je samen met de inwoner de mensen om hem heen in kaart. Daarna volgt het Beraad met alle netwerken die meedoen.',
      );
      await lesson(snw, 'oude-les', 'Netwerken van vroeger', 'Deze les is er niet meer.', true);
      const other = await learningModule('bewust-leren', 'Bewust leren', 'Leren van ervaring.');
      await lesson(
        other,
        'ervaring',
        'Ervaring is nog geen leren',
        'Terugkijken kost tijd. Soms helpt een collega uit je netwerk.',
      );
      // The only card any test needs: no factory for it.
      await query(
        `INSERT INTO card (slug, title, question, task, theme, moments)
         VALUES ('wie-ontbreekt', 'Wie ontbreekt er?', 'Wie uit het netwerk zit er niet aan tafel?',
                 NULL, 'aanpak', '[]')`,
      );
    });

    it('finds "netwerken" and "NetwerkStrategieën" when searching "netwerk" (Dutch stemming)', async () => {
      const sut = await search('professional', 'netwerk');

      expect(titles(sut, 'module')).toEqual(['Sociale NetwerkStrategieën']);
      expect(titles(sut, 'lesson').sort()).toEqual(['De Wyber', 'Ervaring is nog geen leren']);
      expect(titles(sut, 'card')).toEqual(['Wie ontbreekt er?']);
      expect(sut.results.find((r) => text(r.title) === 'De Wyber')).toMatchObject({
        link: '/leren/sociale-netwerkstrategieen/de-wyber',
        context: 'Sociale NetwerkStrategieën',
        teamName: null,
      });
    });

    it('leaves out a lesson that is no longer in the content', async () => {
      const sut = await search('professional', 'vroeger');

      expect(sut.results).toEqual([]);
    });

    it('finds the word being typed, and understands a phrase and an exclusion', async () => {
      expect(titles(await search('professional', 'wybe'))).toEqual(['De Wyber']);
      expect(titles(await search('professional', '"de wyber"'))).toEqual(['De Wyber']);
      expect(titles(await search('professional', 'netwerk -beraad', 'lesson'))).toEqual([
        'Ervaring is nog geen leren',
      ]);
    });

    it('ranks a match in the title above one in the text, whatever its kind', async () => {
      const sut = await search('professional', 'ervaring');

      expect(titles(sut)).toEqual(['Ervaring is nog geen leren', 'Bewust leren']);
      expect(sut.results.map((r) => r.kind)).toEqual(['lesson', 'module']);
      expect(sut.results[0].rank).toBeGreaterThan(sut.results[1].rank);
    });

    it('marks the matched words in the title and the snippet, as plain text', async () => {
      const sut = await search('professional', 'netwerk', 'lesson');

      const wyber = sut.results.find((r) => text(r.title) === 'De Wyber') as SearchResult;
      expect(wyber.snippet).toContainEqual({ text: 'netwerken', match: true });
      expect(wyber.snippet.filter((piece) => piece.match).map((piece) => piece.text)).toEqual([
        'netwerken',
      ]);
      expect(text(wyber.snippet)).toContain('Beraad met alle netwerken die meedoen');
      const card = (await search('professional', 'ontbreekt', 'card')).results[0];
      expect(card.title).toEqual([
        { text: 'Wie ', match: false },
        { text: 'ontbreekt', match: true },
        { text: ' er?', match: false },
      ]);
    });

    it("finds my own journal answers, never another person's", async () => {
      await learning().journalEntry(
        world.users.professional,
        lessonId,
        'Bij mevrouw vroeg ik naar haar buren.',
      );
      await learning().journalEntry(
        world.users.teamLead,
        lessonId,
        'Ik vroeg de buren zelf te bellen.',
      );

      const sut = await search('professional', 'buren');

      expect(sut.results).toEqual([
        expect.objectContaining({
          kind: 'journal',
          title: [{ text: 'De Wyber', match: false }],
          link: '/leren/sociale-netwerkstrategieen/de-wyber',
          context: 'Sociale NetwerkStrategieën',
        }),
      ]);
      expect(text(sut.results[0].snippet)).toBe('Bij mevrouw vroeg ik naar haar buren.');
    });
  });

  describe('what each person may see', () => {
    /** Who is in which team: buildWorld's people. */
    const membership: Record<Person, string[]> = {
      professional: ['Noord'],
      teamLead: ['Noord'],
      otherTeamSameOrganisation: ['Zuid'],
      otherOrganisation: ['Elders'],
      organisationAdmin: [],
    };

    beforeEach(async () => {
      for (const team of ['Noord', 'Zuid', 'Elders']) {
        await boardItems(teams[team], `signaal ${team}`);
        await boardItems(teams[team], `verborgen signaal ${team}`, true);
      }
      const moduleId = await learningModule('signalen', 'Signalen', 'Over signalen.');
      const lessonId = await lesson(moduleId, 'les', 'Een les', 'Signalen herkennen.');
      for (const person of personas) {
        await learning().journalEntry(
          world.users[person],
          lessonId,
          `Signaal in het logboek van ${person}`,
        );
      }
    });

    for (const person of personas) {
      it(`${person} finds only their own teams' visible board items and their own journal`, async () => {
        const expectedTeams = membership[person];

        const sut = await search(person, 'signaal');

        const board = (kind: SearchKind) => titles(sut, kind).sort();
        expect(board('why_question')).toEqual(expectedTeams.map((t) => `Waarom signaal ${t}?`));
        expect(board('case')).toEqual(expectedTeams.map((t) => `Casus signaal ${t}`));
        expect(board('experiment')).toEqual(expectedTeams.map((t) => `Proef signaal ${t}`));
        expect(sut.results.filter((r) => r.kind === 'journal').map((r) => text(r.snippet))).toEqual(
          [`Signaal in het logboek van ${person}`],
        );
        expect(titles(sut, 'lesson')).toEqual(['Een les']);
        expect(JSON.stringify(sut)).not.toMatch(/verborgen/i);
        for (const result of sut.results.filter((r) => r.teamName !== null)) {
          expect(expectedTeams).toContain(result.teamName);
          expect(result.link).toContain(`/team/${teams[result.teamName as string]}/leerbord/`);
        }
      });

      it(`${person} finds nothing hidden or of another team when searching one kind at a time`, async () => {
        for (const kind of ['why_question', 'case', 'experiment', 'journal'] as const) {
          const sut = await search(person, 'verborgen signaal', kind);

          expect(sut.results).toEqual([]);
        }
        for (const team of ['Noord', 'Zuid', 'Elders']) {
          const sut = await search(person, `signaal ${team}`);
          const boardResults = sut.results.filter((r) => r.teamName !== null);
          expect(boardResults).toHaveLength(membership[person].includes(team) ? 3 : 0);
        }
      });
    }

    it('links a board result to its page on the team board', async () => {
      const sut = await search('professional', 'signaal Noord', 'why_question');

      const [question] = await query(`SELECT id FROM why_question WHERE question = $1`, [
        'Waarom signaal Noord?',
      ]);
      expect(sut.results).toEqual([
        expect.objectContaining({
          teamName: 'Noord',
          link: `/team/${teams['Noord']}/leerbord/vragen/${question.id}`,
        }),
      ]);
    });
  });

  describe('bad input', () => {
    it.each([
      ['too short', { q: 'a' }, 'q'],
      ['too short after trimming', { q: '   x   ' }, 'q'],
      ['too long', { q: 'x'.repeat(101) }, 'q'],
      ['with a NUL byte', { q: 'net\u0000werk' }, 'q'],
      ['missing', {}, 'q'],
      ['of an unknown kind', { q: 'netwerk', kind: 'team' }, 'kind'],
      ['with an unknown parameter', { q: 'netwerk', pagina: '2' }, 'pagina'],
    ])('answers a search %s with a 400 naming the field', async (_, parameters, field) => {
      const response = await world.request('professional', {
        method: 'GET',
        url: '/api/search',
        query: parameters,
        headers: { 'accept-language': 'en' },
      });

      expect(response.statusCode).toBe(400);
      const body = response.json();
      expect(body.code).toBe('validation_failed');
      expect(body.fields.map((f: { field: string }) => f.field)).toEqual([field]);
    });

    it('treats search syntax and quotes as words, never as an error', async () => {
      for (const q of ["'); DROP TABLE lesson; --", 'a & b | !c', '":* <->', 'or or -']) {
        await search('professional', q);
      }
    });

    it('asks an anonymous caller to log in', async () => {
      const response = await world.request('anonymous', {
        method: 'GET',
        url: '/api/search?q=netwerk',
      });

      expect(response.statusCode).toBe(401);
    });
  });

  describe('the number of statements', () => {
    /** Every statement TypeORM sends to PostgreSQL passes its logger: count them there. */
    async function statementsOfOneSearch(): Promise<{ count: number; found: SearchResponse }> {
      const logger = app.get(DataSource).logger;
      const logQuery = logger.logQuery;
      let count = 0;
      logger.logQuery = (...args) => {
        count++;
        return logQuery.apply(logger, args);
      };
      try {
        return { found: await search('teamLead', 'signaal'), count };
      } finally {
        logger.logQuery = logQuery;
      }
    }

    it('is the same small number with one of everything as with forty', async () => {
      const measured: Record<number, number> = {};
      for (const size of [1, 40]) {
        world = await buildWorld(app);
        const [{ id: teamId }] = await query(`SELECT id FROM team WHERE name = 'Noord'`);
        const moduleId = await learningModule('signalen', 'Signalen', 'Over signalen.');
        for (let index = 0; index < size; index++) {
          await boardItems(teamId as string, `signaal ${index}`);
          const lessonId = await lesson(moduleId, `les-${index}`, `Les ${index}`, 'Signalen.');
          await learning().journalEntry(world.users.teamLead, lessonId, `Signaal ${index}`);
        }
        await search('teamLead', 'signaal');

        const { count, found } = await statementsOfOneSearch();

        expect(found.results).toHaveLength(size === 1 ? 6 : 30);
        expect(found.more).toBe(size > 1);
        measured[size] = count;
      }

      expect(measured[40]).toBe(measured[1]);
      expect(measured[1]).toBeLessThanOrEqual(STATEMENT_BUDGET);
    });
  });
});
