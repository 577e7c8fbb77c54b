// npm run bench:search: the search (GET /api/search) at the reporting benchmark's size: 300
// teams, 4,000 professionals, 50,000 why-questions and 20,000 experiments written from a Dutch
// vocabulary, 20,000 journal answers and the real content, on a scratch database. Measures single
// searches for a common word, a rarer one, a word being typed and a phrase, as a member of one
// team and as a member of every team (the most board there is to search), then 20 concurrent
// clients. Needs the api build (npm test or nx run api:build builds it).
import { spawn } from 'node:child_process';
import { sessionCookie } from './lib/sessions.mjs';
import { cpus, loadavg, totalmem } from 'node:os';
import pg from 'pg';
import { assertNode24, run, stopProcess, waitFor } from '../tools/scripts/lib/processes.mjs';
import { withScratchDatabase } from '../tools/scripts/lib/scratch-database.mjs';
import { PEOPLE, TEAMS, largeOrganisation } from './lib/reporting-data.mjs';

assertNode24();

const QUESTIONS = 50_000;
const EXPERIMENTS = 20_000;
const JOURNAL_PER_PERSON = 5;
const CONCURRENCY = 20;
const PORT = Number(process.env.BENCH_PORT ?? 3401);
const millis = (ms) => `${ms.toFixed(1)} ms`;

/** Words the board's texts are made of: every sentence a random pick, the same every run. */
const vocabulary = {
  verbs: [
    'vragen we',
    'bellen we',
    'betrekken we',
    'bespreken we',
    'plannen we',
    'schrijven we',
    'wachten we op',
    'beginnen we met',
    'vergeten we',
    'overleggen we met',
  ],
  objects: [
    'het netwerk',
    'de huisarts',
    'de indicatie',
    'de buren',
    'het verslag',
    'de wijkverpleegkundige',
    'de school',
    'de schuldhulpverlening',
    'het jongerenwerk',
    'de mantelzorger',
    'de inwoner zelf',
    'de woningcorporatie',
    'het sociaal netwerk',
    'de casusregisseur',
    'de vrijwilligers',
  ],
  contexts: [
    'pas als er een crisis is',
    'zo laat in het traject',
    'zonder de inwoner erbij',
    'aan het eind van de week',
    'alleen in het teamoverleg',
    'bij elke nieuwe melding opnieuw',
    'als de indicatie rond is',
    'terwijl de wachtlijst groeit',
    'voordat we de vraag begrijpen',
    'na het eerste huisbezoek',
  ],
  conclusions: [
    'Uit gewoonte; we proberen het voortaan direct na het bezoek.',
    'Omdat de regels het zo lijken te vragen, maar dat blijkt niet zo te zijn.',
    'We wisten niet wie het zou doen; nu spreken we het in het overleg af.',
    'Het netwerk weet vaak meer dan wij; we vragen er eerder naar.',
    'Tijdsdruk. We maken er een vast moment van in de week.',
  ],
  tries: [
    'Bij elke melding vragen we eerst wie er al helpt.',
    'We plannen het eerste gesprek samen met iemand uit het netwerk.',
    'De casusregisseur belt de huisarts in de eerste week.',
    'We schrijven het verslag meteen na het huisbezoek.',
    'We nodigen de mantelzorger uit voor het keukentafelgesprek.',
  ],
  effects: [
    'Sneller een eerste gesprek waarin het netwerk meedenkt.',
    'Minder doorverwijzingen en meer eigen regie van de inwoner.',
    'Kortere wachttijd tot het eerste huisbezoek.',
    'Betere afspraken met de school en het jongerenwerk.',
  ],
};

const sqlArray = (words) => `ARRAY[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(', ')}]`;
const pick = (name) =>
  `(${sqlArray(vocabulary[name])})[1 + floor(random() * ${vocabulary[name].length})::int]`;

/** The data, written by PostgreSQL itself: random but the same every run. */
const generate = [
  ...largeOrganisation,
  // Half the questions discussed with a conclusion, one in fifty hidden by the team lead.
  `INSERT INTO why_question (team_id, question, theme, status, conclusion, discussed_at,
                             hidden_at, hidden_reason, created_at)
   SELECT t.id, 'Waarom ' || ${pick('verbs')} || ' ' || ${pick('objects')} || ' ' || ${pick('contexts')} || '?',
          'aanpak', CASE WHEN n % 2 = 0 THEN 'discussed' ELSE 'open' END,
          CASE WHEN n % 2 = 0 THEN ${pick('conclusions')} END,
          CASE WHEN n % 2 = 0 THEN now() END,
          CASE WHEN n % 50 = 0 THEN now() END, CASE WHEN n % 50 = 0 THEN 'Verborgen' END,
          now() - random() * interval '700 days'
     FROM generate_series(1, ${QUESTIONS}) n JOIN team_no t ON t.no = n % ${TEAMS}`,
  `INSERT INTO experiment (team_id, title, situation, intended_effect, what_we_try, prediction,
                           how_we_know, measure_name, roles, status, learned, created_at)
   SELECT t.id, 'Proef: ' || ${pick('objects')} || ' ' || ${pick('contexts')},
          'Nu ' || ${pick('verbs')} || ' ' || ${pick('objects')} || ' ' || ${pick('contexts')} || '.',
          ${pick('effects')}, ${pick('tries')}, 'Binnen zes weken zien we het verschil.',
          'We tellen het per melding.', 'Dagen tot het eerste gesprek', 'De hele wijk',
          (ARRAY['idea', 'running', 'adopted', 'adapted', 'stopped'])[1 + n % 5],
          CASE WHEN n % 5 >= 2 THEN ${pick('conclusions')} END,
          now() - random() * interval '700 days'
     FROM generate_series(1, ${EXPERIMENTS}) n JOIN team_no t ON t.no = n % ${TEAMS}`,
  `CREATE TEMP TABLE lesson_ids AS SELECT array_agg(id) AS ids FROM lesson`,
  `INSERT INTO journal_entry (user_id, lesson_id, block_id, answer)
   SELECT u.id, l.ids[1 + floor(random() * array_length(l.ids, 1))::int], 'r' || k,
          ${pick('tries')} || ' ' || ${pick('conclusions')}
     FROM app_user u, generate_series(1, ${JOURNAL_PER_PERSON}) k, lesson_ids l`,
  // As autovacuum would, but now: a background vacuum must not run into the measurements.
  `VACUUM ANALYZE`,
];

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function get(url, cookie) {
  const response = await fetch(url, { headers: { cookie, 'accept-language': 'nl' } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

/** One request after another; the median, and what the search found. */
async function alone(url, cookie, times = 50) {
  const latencies = [];
  let found;
  for (let request = 0; request < times; request++) {
    const started = performance.now();
    found = await get(url, cookie);
    latencies.push(performance.now() - started);
  }
  return {
    p50: percentile(
      latencies.sort((a, b) => a - b),
      50,
    ),
    found,
  };
}

/** CONCURRENCY clients, each going round the searches for `ms`; exact percentiles. */
async function loadTest(urls, cookie, ms = 10_000) {
  const latencies = [];
  const until = performance.now() + ms;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, client) => {
      for (let next = client; performance.now() < until; next++) {
        const started = performance.now();
        await get(urls[next % urls.length], cookie);
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    requests: latencies.length,
  };
}

await withScratchDatabase('bench', async (env) => {
  const cli = (...args) =>
    run(process.execPath, ['dist/apps/api/cli.js', ...args], { env, quiet: true });
  for (const step of [['migrate'], ['content:import']]) {
    const result = await cli(...step);
    if (result.code !== 0) throw new Error(`${step[0]} failed:\n${result.output}`);
  }
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  const started = performance.now();
  for (const statement of generate) await client.query(statement);
  const generated = performance.now() - started;
  const count = async (sql) => Number((await client.query(sql)).rows[0].count);
  const sizes = {
    questions: await count(`SELECT count(*) FROM why_question`),
    experiments: await count(`SELECT count(*) FROM experiment`),
    journal: await count(`SELECT count(*) FROM journal_entry`),
    lessons: await count(`SELECT count(*) FROM lesson`),
  };
  // The index on its own: every question in the database with "netwerk", without a team.
  const indexed = await client.query(
    `EXPLAIN (ANALYZE, FORMAT JSON)
     SELECT count(*) FROM why_question WHERE search_vector @@ websearch_to_tsquery('dutch', 'netwerk')`,
  );
  const plan = indexed.rows[0]['QUERY PLAN'][0];
  const usesIndex = JSON.stringify(plan.Plan).includes('IDX_why_question_search');
  const allMatches = await count(
    `SELECT count(*) FROM why_question WHERE search_vector @@ websearch_to_tsquery('dutch', 'netwerk')`,
  );

  // A professional in one team, and someone in every team: the most board there is to search.
  const {
    rows: [member],
  } = await client.query(`SELECT user_id FROM team_membership ORDER BY user_id LIMIT 1`);
  const {
    rows: [everywhere],
  } = await client.query(
    `INSERT INTO app_user (email, name, password_hash) VALUES ('overal@groot.test', 'Overal', '')
     RETURNING id`,
  );
  await client.query(
    `INSERT INTO team_membership (user_id, team_id, role)
     SELECT $1, id, 'professional' FROM team`,
    [everywhere.id],
  );
  const session = (userId) => sessionCookie(client, userId);
  const memberCookie = await session(member.user_id);
  const everywhereCookie = await session(everywhere.id);

  const api = spawn(process.execPath, ['dist/apps/api/main.js'], {
    env: { ...env, PORT: String(PORT), PUBLIC_URL: `http://localhost:${PORT}`, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    await waitFor(
      async () => (await fetch(`http://localhost:${PORT}/api/health/ready`).catch(() => null))?.ok,
      { timeoutMs: 60_000, what: 'the API' },
    );
    const url = (q) => `http://localhost:${PORT}/api/search?q=${encodeURIComponent(q)}`;
    const searches = [
      ['a common word', 'netwerk'],
      ['a rarer word', 'woningcorporatie'],
      ['a word being typed', 'mantelz'],
      ['a phrase', '"de huisarts"'],
    ];
    // One warm-up each, so the first connection's start-up is not measured.
    for (const cookie of [memberCookie, everywhereCookie]) await get(url('netwerk'), cookie);
    const rows = [];
    for (const [who, cookie] of [
      ['one team', memberCookie],
      [`all ${TEAMS} teams`, everywhereCookie],
    ]) {
      for (const [what, q] of searches) {
        const { p50, found } = await alone(url(q), cookie);
        const board = found.results.filter((r) => r.teamName !== null).length;
        rows.push([
          `${what} (${q}), member of ${who}: p50 (results, board items)`,
          `${millis(p50)} (${found.results.length}${found.more ? '+' : ''}, ${board})`,
        ]);
      }
    }
    const memberLoad = await loadTest(
      searches.map(([, q]) => url(q)),
      memberCookie,
    );
    const everywhereLoad = await loadTest(
      searches.map(([, q]) => url(q)),
      everywhereCookie,
    );

    console.log(`\nSearch benchmark, ${new Date().toISOString().slice(0, 10)}`);
    console.log(
      `Machine: ${cpus().length} cores (${cpus()[0].model}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${loadavg()[0].toFixed(1)} (other work on the machine shows in the figures)`,
    );
    console.log(
      `Data: ${TEAMS} teams, ${PEOPLE} professionals, ${sizes.questions} why-questions, ${sizes.experiments} experiments, ${sizes.journal} journal answers, ${sizes.lessons} lessons; generated in ${(generated / 1000).toFixed(1)} s\n`,
    );
    const table = [
      [
        `GIN index alone: questions with "netwerk" in all ${sizes.questions}`,
        `${millis(plan['Execution Time'])} (${allMatches} rows, ${usesIndex ? 'index used' : 'NO index'})`,
      ],
      ...rows,
      [
        `Mixed searches, one team, ${CONCURRENCY} concurrent: p50 / p95 (${memberLoad.requests} requests)`,
        `${millis(memberLoad.p50)} / ${millis(memberLoad.p95)}`,
      ],
      [
        `Mixed searches, all teams, ${CONCURRENCY} concurrent: p50 / p95 (${everywhereLoad.requests} requests)`,
        `${millis(everywhereLoad.p50)} / ${millis(everywhereLoad.p95)}`,
      ],
    ];
    const width = Math.max(...table.map(([label]) => label.length));
    console.log(`| ${'Measure'.padEnd(width)} | Result |`);
    console.log(`| ${'-'.repeat(width)} | ------ |`);
    for (const [label, value] of table) console.log(`| ${label.padEnd(width)} | ${value} |`);
  } finally {
    await stopProcess(api);
    await client.end();
  }
});
