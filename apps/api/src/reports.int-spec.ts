import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { JobQueue } from '@leerruimte/api-infrastructure';
import { identityFactories } from '@leerruimte/api-identity-data/testing';
import { ContentImporter, readContent } from '@leerruimte/api-learning';
import { learningFactories } from '@leerruimte/api-learning/testing';
import { reflectionFactories } from '@leerruimte/api-reflection/testing';
import { ReportExportCleanup, ReportExports, ReportingRollup } from '@leerruimte/api-reporting';
import { reportFamilies, reportMetrics } from '@leerruimte/shared-contracts';
import { type World, buildWorld, createTestHttpApp } from './test-world';
import { reportActivities } from './report-activities';

const NOW = new Date('2026-04-10T10:00:00Z');
const SECRET = 'Dit antwoord is van mij alleen';

describe('Teamontwikkeling reports', () => {
  let app: NestFastifyApplication;
  let world: World;
  let teams: Record<'Noord' | 'Zuid' | 'West', string>;
  const query = (sql: string, params: unknown[] = []) => app.get(DataSource).query(sql, params);
  const identity = () => identityFactories(app.get(DataSource));
  const learning = () => learningFactories(app.get(DataSource));
  const reflection = () => reflectionFactories(app.get(DataSource));
  const report = (url: string, as: 'organisationAdmin' | 'teamLead' = 'organisationAdmin') =>
    world.request(as, { method: 'GET', url });
  const organisationReport = (extra = '') =>
    report(
      `/api/organisations/${world.organisation}/reports/team-development?from=2026-03&to=2026-03${extra}`,
    );

  /** A pulse in March with these scores for the first statement, one per respondent. */
  const pulseFor = async (teamId: string, scores: number[]) => {
    const momentId = await reflection().moment(teamId, {
      kind: 'pulse',
      question: 'Teampuls',
      status: 'ended',
    });
    const occurrenceId = await reflection().occurrence(momentId, [], {
      deliveredAt: new Date('2026-03-20T14:00:00Z'),
      question: 'Teampuls',
    });
    // Pulse scores are written here only, so they have no factory.
    for (const score of scores) {
      await query(`INSERT INTO pulse_response (occurrence_id, scores) VALUES ($1, $2)`, [
        occurrenceId,
        { safety: score, trying: 3, colleagues: 4, time: 2, followThrough: 5 },
      ]);
    }
  };

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  /**
   * In March: six people of Noord and five of a new team West each complete a lesson, four of
   * Zuid too; Zuid's four are also asked to reflect, and answer.
   */
  beforeEach(async () => {
    world = await buildWorld(app);
    await app.get(ContentImporter).import(readContent('content'));
    const westTeam = await identity().team(world.organisation, 'West');
    const rows: Array<{ id: string; name: 'Noord' | 'Zuid' }> = await query(
      `SELECT id, name FROM team WHERE name IN ('Noord', 'Zuid') AND organisation_id = $1`,
      [world.organisation],
    );
    teams = {
      ...Object.fromEntries(rows.map((row) => [row.name, row.id])),
      West: westTeam,
    } as typeof teams;
    const [lesson] = await query(`SELECT id FROM lesson ORDER BY id LIMIT 1`);
    const member = async (teamId: string, name: string) => {
      const userId = await identity().person(name);
      await identity().member(userId, teamId);
      return userId;
    };
    const noord = [world.users.professional, world.users.teamLead];
    for (const name of ['Anna', 'Bram', 'Cees', 'Dirk'])
      noord.push(await member(teams.Noord, name));
    const west = [];
    for (const name of ['Eva', 'Fenna', 'Gijs', 'Hanna', 'Ilse'])
      west.push(await member(teams.West, name));
    const zuid = [world.users.otherTeamSameOrganisation];
    for (const name of ['Jan', 'Kees', 'Lien']) zuid.push(await member(teams.Zuid, name));
    for (const userId of [...noord, ...west, ...zuid]) {
      // Ten minutes of reading in March.
      await learning().activeTime(userId, lesson.id, new Date('2026-03-10T10:00:00Z'), 20);
    }
    const momentId = await reflection().moment(teams.Zuid, {
      question: 'Wat leerde je?',
      status: 'ended',
    });
    const occurrenceId = await reflection().occurrence(momentId, zuid, {
      deliveredAt: new Date('2026-03-12T14:00:00Z'),
      question: 'Wat leerde je?',
    });
    for (const userId of zuid) await reflection().answer(occurrenceId, userId, SECRET);
    await new ReportingRollup(app.get(DataSource), app.get(JobQueue), reportActivities).refresh(
      NOW,
    );
  });

  afterAll(() => app.close());

  const byName = (
    body: {
      teams: Array<{
        name: string;
        total: Record<string, number | null>;
        months: Array<Record<string, number | null>>;
      }>;
    },
    name: string,
  ) =>
    body.teams.find((team) => team.name === name) as {
      total: Record<string, number | null>;
      months: Array<Record<string, number | null>>;
    };

  it('shows a team of four as "too few", and hides the smallest other team with it', async () => {
    const response = await organisationReport();
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ minimumGroupSize: 5, months: ['2026-03'] });

    // Zuid: four people; West (five) is hidden too, or the whole minus Noord and West is Zuid.
    expect(byName(body, 'Zuid').total).toMatchObject({ learningHours: null, modulesStarted: null });
    expect(byName(body, 'Zuid').months).toEqual([]);
    const zuid = (await organisationReport(`&teamId=${teams.Zuid}`)).json();
    expect(zuid.teams[0].months[0].learningHours).toBeNull();
    expect(byName(body, 'West').total.learningHours).toBeNull();
    expect(byName(body, 'Noord').total.learningHours).not.toBeNull();
    expect(body.organisation.total.learningHours).not.toBeNull();
    // Reflection: only Zuid's four were asked, so the whole organisation's figure is theirs.
    expect(byName(body, 'Zuid').total.reflectionParticipation).toBeNull();
    expect(body.organisation.total.reflectionParticipation).toBeNull();
    expect(body.organisation.total.promptsAnswered).toBeNull();
  });

  it('decides the same for one team alone as among all, so two reports reveal nothing more', async () => {
    const alone = (await organisationReport(`&teamId=${teams.West}`)).json();
    expect(alone.teams).toHaveLength(1);
    expect(alone.teams[0].total.learningHours).toBeNull();
  });

  it('does not count on a team the organisation admin also leads to hide another, on screen or in an export', async () => {
    // The admin leads West too and sees its figures as its lead: were West Zuid's one companion,
    // the organisation minus Noord and West would give Zuid's four.
    await identity().member(world.users.organisationAdmin, teams.West, 'team_lead');
    const westAsLead = () =>
      report(`/api/teams/${teams.West}/reports/team-development?from=2026-03&to=2026-03`);
    for (let tries = 0; (await westAsLead()).statusCode !== 200 && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await westAsLead()).json().teams[0].total.learningHours).not.toBeNull();

    const body = (await organisationReport()).json();
    expect(byName(body, 'Zuid').total.learningHours).toBeNull();
    expect(byName(body, 'Noord').total.learningHours).toBeNull();
    expect(body.organisation.total.learningHours).not.toBeNull();

    const requested = await world.request('organisationAdmin', {
      method: 'POST',
      url: `/api/organisations/${world.organisation}/report-exports`,
      payload: { from: '2026-03', to: '2026-03', format: 'csv' },
    });
    await app.get(ReportExports, { strict: false }).make({ exportId: requested.json().id });
    const file = await world.request('organisationAdmin', {
      method: 'GET',
      url: `/api/organisations/${world.organisation}/report-exports/${requested.json().id}/file`,
    });
    const noordTotal = file.body.split('\r\n').find((line) => line.startsWith('"Noord";"Totaal"'));
    const learningHours = 2 + reportMetrics.indexOf('learningHours');
    expect(noordTotal?.split(';')[learningHours]).toBe('"te weinig deelnemers"');
  });

  it('never shows an answer, nor a figure of four people, in any export', async () => {
    const exports = app.get(ReportExports, { strict: false });
    for (const format of ['csv', 'xlsx', 'pdf']) {
      const requested = await world.request('organisationAdmin', {
        method: 'POST',
        url: `/api/organisations/${world.organisation}/report-exports`,
        payload: { from: '2026-03', to: '2026-03', format },
      });
      expect(requested.statusCode).toBe(202);
      expect(requested.json()).toMatchObject({ status: 'queued', downloadUrl: null });
      await exports.make({ exportId: requested.json().id });
      const status = await world.request('organisationAdmin', {
        method: 'GET',
        url: `/api/organisations/${world.organisation}/report-exports/${requested.json().id}`,
      });
      expect(status.json()).toMatchObject({ status: 'ready', progress: 100 });
      const file = await world.request('organisationAdmin', {
        method: 'GET',
        url: status.json().downloadUrl,
      });
      expect(file.statusCode).toBe(200);
      expect(file.rawPayload.includes(Buffer.from(SECRET))).toBe(false);
      if (format === 'csv') {
        const zuid = file.body.split('\r\n').filter((line) => line.startsWith('"Zuid"'));
        expect(zuid).toHaveLength(2);
        // Learning and reflection come from four people; the board and the pulse had no one:
        // a plain 0, and "–" for an average of no answers.
        for (const line of zuid) {
          const cells = line.split(';').slice(2);
          expect(cells.filter((cell) => cell !== '"te weinig deelnemers"')).toEqual([
            ...reportFamilies.board.map(() => '"0"'),
            ...reportFamilies.pulse.map((metric) => (metric === 'pulseResponses' ? '"0"' : '"–"')),
          ]);
        }
      }
      if (format === 'pdf') expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      if (format === 'xlsx') expect(file.rawPayload.subarray(0, 2).toString()).toBe('PK');
    }
    const answers = JSON.stringify((await organisationReport()).json());
    expect(answers).not.toContain(SECRET);
  });

  it("shows a team lead their own team only, without the organisation's figures", async () => {
    const own = await report(
      `/api/teams/${teams.Noord}/reports/team-development?from=2026-03&to=2026-03`,
      'teamLead',
    );
    expect(own.json()).toMatchObject({ organisation: null, teams: [{ name: 'Noord' }] });
    // A lead sees their team's months themselves; windows are for the organisation's view.
    expect(own.json().teams[0].rolling).toEqual([]);
    const other = await report(
      `/api/teams/${teams.Zuid}/reports/team-development?from=2026-03&to=2026-03`,
      'teamLead',
    );
    expect(other.statusCode).toBe(403);
  });

  it("shows a lead their small team's figures they see per member elsewhere, never its pulse below the minimum", async () => {
    // Zuid's lead (in the team, so five people learn) in an organisation whose minimum is six.
    await identity().member(world.users.teamLead, teams.Zuid, 'team_lead');
    await world.request('organisationAdmin', {
      method: 'PUT',
      url: `/api/organisations/${world.organisation}/report-settings`,
      payload: { minimumGroupSize: 6 },
    });
    await pulseFor(teams.Zuid, [1, 2, 1, 2]);
    await new ReportingRollup(app.get(DataSource), app.get(JobQueue), reportActivities).refresh(
      NOW,
    );

    const admin = byName((await organisationReport()).json(), 'Zuid').total;
    expect(admin).toMatchObject({ learningHours: null, promptsAnswered: null, pulseSafety: null });
    const lead = await report(
      `/api/teams/${teams.Zuid}/reports/team-development?from=2026-03&to=2026-03`,
      'teamLead',
    );
    const [zuid] = lead.json().teams;
    expect(zuid.total).toMatchObject({
      learningHours: 0.8,
      promptsAsked: 4,
      promptsAnswered: 4,
      reflectionParticipation: 1,
      experimentsStarted: 0,
      pulseResponses: null,
      pulseSafety: null,
    });
    expect(zuid.months[0]).toMatchObject({ learningHours: 0.8, pulseSafety: null });
    expect(lead.json().organisation).toBeNull();
  });

  it('shows a rolling three-month trend of a team with too few people per month, never one that reveals a month by difference', async () => {
    // Oost has seven members; two read ten minutes in January, two others in February, three in
    // March.
    const oost = await identity().team(world.organisation, 'Oost');
    const [lesson] = await query(`SELECT id FROM lesson ORDER BY id LIMIT 1`);
    const learners: Array<[string, string]> = [
      ['Olga', '2026-01-14'],
      ['Otto', '2026-01-15'],
      ['Oscar', '2026-02-10'],
      ['Odette', '2026-02-11'],
      ['Omar', '2026-03-16'],
      ['Olivia', '2026-03-17'],
      ['Onno', '2026-03-18'],
    ];
    for (const [name, day] of learners) {
      const userId = await identity().person(name);
      await identity().member(userId, oost);
      await learning().activeTime(userId, lesson.id, new Date(`${day}T10:00:00Z`), 20);
    }
    await new ReportingRollup(app.get(DataSource), app.get(JobQueue), reportActivities).refresh(
      NOW,
    );

    const response = await report(
      `/api/organisations/${world.organisation}/reports/team-development?from=2026-02&to=2026-04&teamId=${oost}`,
    );
    expect(response.statusCode).toBe(200);
    const [team] = response.json().teams;
    // Each month alone is too few people.
    expect(team.months.map((month: Record<string, number>) => month.learningHours)).toEqual([
      null,
      null,
      0,
    ]);
    // February's window (January and February) has four people; March's seven, so it shows.
    expect(team.rolling[0].learningHours).toBeNull();
    expect(team.rolling[1]).toMatchObject({ learningHours: 1.2, modulesStarted: 0 });
    // April's window (February to April) has five people, but March's less April's would be
    // January's two: it stays hidden.
    expect(team.rolling[2].learningHours).toBeNull();
    // The pulse has no window: its respondents are anonymous, so not counted per window.
    expect(team.rolling[1].pulseResponses).toBeNull();

    // The same windows in a report of another period, and none where no team is chosen.
    const march = await report(
      `/api/organisations/${world.organisation}/reports/team-development?from=2026-03&to=2026-03&teamId=${oost}`,
    );
    expect(march.json().teams[0].rolling[0].learningHours).toBe(1.2);
    const all = (await organisationReport()).json();
    expect(all.teams.every((item: { rolling: unknown[] }) => item.rolling.length === 0)).toBe(true);
  });

  it('sends the report compressed as the browser takes it, and as it is to others', async () => {
    const url = `/api/organisations/${world.organisation}/reports/team-development?from=2026-03&to=2026-03`;
    const plain = await report(url);
    const asked = (acceptEncoding: string) =>
      world.request('organisationAdmin', {
        method: 'GET',
        url,
        headers: { 'accept-encoding': acceptEncoding },
      });
    const gzipped = await asked('gzip;q=1, br;q=0');
    // Brotli is made beside the first answer: gzip until it is ready, then brotli.
    let browser = await asked('gzip, deflate, br, zstd');
    for (let tries = 0; browser.headers['content-encoding'] !== 'br' && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      browser = await asked('gzip, deflate, br, zstd');
    }

    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzipped.headers).toMatchObject({
      'content-encoding': 'gzip',
      'content-type': 'application/json; charset=utf-8',
      vary: 'accept-encoding',
    });
    expect(JSON.parse(gunzipSync(gzipped.rawPayload).toString())).toEqual(plain.json());
    expect(browser.headers).toMatchObject({ 'content-encoding': 'br', vary: 'accept-encoding' });
    expect(JSON.parse(brotliDecompressSync(browser.rawPayload).toString())).toEqual(plain.json());
  });

  it('lets the organisation choose a minimum group size, never below three', async () => {
    const settings = (minimumGroupSize: number) =>
      world.request('organisationAdmin', {
        method: 'PUT',
        url: `/api/organisations/${world.organisation}/report-settings`,
        payload: { minimumGroupSize },
      });
    expect((await settings(2)).statusCode).toBe(400);
    expect((await settings(4)).json()).toEqual({ minimumGroupSize: 4 });
    const body = (await organisationReport()).json();
    expect(byName(body, 'Zuid').total.learningHours).not.toBeNull();
    expect(byName(body, 'West').total.learningHours).not.toBeNull();
  });

  it('shows pulse averages from enough respondents, and hides four with a second team', async () => {
    await pulseFor(teams.Noord, [4, 4, 5, 3, 4, 4]);
    await pulseFor(teams.West, [3, 3, 3, 3, 3]);
    await pulseFor(teams.Zuid, [1, 2, 1, 2]);
    await new ReportingRollup(app.get(DataSource), app.get(JobQueue), reportActivities).refresh(
      NOW,
    );

    const body = (await organisationReport()).json();
    expect(byName(body, 'Noord').total).toMatchObject({
      pulseResponses: 6,
      pulseSafety: 4,
      pulseTrying: 3,
      pulseFollowThrough: 5,
    });
    expect(byName(body, 'Zuid').total.pulseSafety).toBeNull();
    // West (five) is hidden with Zuid, or the whole minus Noord and West would be Zuid's four.
    expect(byName(body, 'West').total.pulseSafety).toBeNull();
    expect(body.organisation.total).toMatchObject({ pulseResponses: 15 });
  });

  it('refuses a period that ends before it starts or runs past three years', async () => {
    const backwards = await report(
      `/api/organisations/${world.organisation}/reports/team-development?from=2026-03&to=2026-01`,
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().fields).toEqual([
      expect.objectContaining({ field: 'to', message: 'De einddatum ligt vóór de begindatum.' }),
    ]);
    const long = await report(
      `/api/organisations/${world.organisation}/reports/team-development?from=2020-01&to=2026-01`,
    );
    expect(long.json().fields[0]).toMatchObject({ field: 'to' });
    const month = await report(
      `/api/organisations/${world.organisation}/reports/team-development?from=2026-13&to=2026-14`,
    );
    expect(month.json().fields.map((field: { field: string }) => field.field)).toEqual([
      'from',
      'to',
    ]);
  });

  it('removes exports after a week, so their files do not pile up', async () => {
    const ask = async () => {
      const requested = await world.request('organisationAdmin', {
        method: 'POST',
        url: `/api/organisations/${world.organisation}/report-exports`,
        payload: { from: '2026-03', to: '2026-03', format: 'csv' },
      });
      await app.get(ReportExports, { strict: false }).make({ exportId: requested.json().id });
      return `/api/organisations/${world.organisation}/report-exports/${requested.json().id}`;
    };
    const old = await ask();
    const recent = await ask();
    await query(`UPDATE report_export SET created_at = $1 WHERE id = $2`, [
      new Date(Date.now() - 8 * 24 * 60 * 60_000),
      old.split('/').pop(),
    ]);
    const cleanup = new ReportExportCleanup(app.get(DataSource), app.get(JobQueue));
    expect(await cleanup.removeOld()).toBe(1);
    expect((await report(old)).statusCode).toBe(404);
    expect((await report(recent)).json()).toMatchObject({ status: 'ready' });
  });
});
