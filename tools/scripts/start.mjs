// npm start: build, find or start PostgreSQL and Redis, migrate, import the learning content, add
// demo data, run the API and the worker, and serve Leerruimte on one address until Ctrl-C.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { assertNode24, isPortFree, run, stopProcess, waitFor } from './lib/processes.mjs';
import { startMailbox } from './lib/mailbox.mjs';
import { localPostgres, localRedis } from './lib/services.mjs';

assertNode24();

const skipBuild = process.argv.includes('--no-build');
const port = Number(process.env.PORT || 3000);
const workerPort = Number(process.env.WORKER_PORT || 3001);
// Without a mail server of the user's, mail goes to the demo's own mailbox.
const mailboxPort = process.env.SMTP_URL
  ? undefined
  : Number(process.env.MAILBOX_PORT || port + 25);
const publicUrl = process.env.PUBLIC_URL || `http://localhost:${port}`;
const say = (message) => console.log(`[leerruimte] ${message}`);

const stops = [];
const children = [];
let shuttingDown = false;

async function shutDown(exitCode) {
  if (shuttingDown) return;
  shuttingDown = true;
  say('Stoppen: lopende verzoeken en taken worden afgemaakt …');
  // API and worker first (they finish their work), then the stores they use.
  await Promise.all(children.map((child) => stopProcess(child, 'SIGTERM', 20_000)));
  for (const stop of stops.reverse()) {
    await stop().catch((error) => console.error(error));
  }
  say('Gestopt.');
  process.exit(exitCode);
}

process.on('SIGINT', () => void shutDown(0));
process.on('SIGTERM', () => void shutDown(0));

/** Runs an app in its own process group (so Ctrl-C reaches only this script) with its logs in a file. */
function startApp(name, script, env) {
  mkdirSync('.data/logs', { recursive: true });
  const logFile = createWriteStream(`.data/logs/${name}.log`, { flags: 'a' });
  const child = spawn(process.execPath, ['--enable-source-maps', script], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.pipe(logFile, { end: false });
    // Warnings and errors also go to the terminal, the rest only to the log file.
    createInterface({ input: stream }).on('line', (line) => {
      try {
        const entry = JSON.parse(line);
        if (['warn', 'error', 'fatal'].includes(entry.level))
          console.error(`[${name}] ${entry.msg}`);
      } catch {
        console.error(`[${name}] ${line}`);
      }
    });
  }
  child.on('exit', (code, signal) => {
    if (!shuttingDown) {
      console.error(
        `[leerruimte] ${name} stopte onverwacht (${signal ?? code}); zie .data/logs/${name}.log`,
      );
      void shutDown(1);
    }
  });
  children.push(child);
  return child;
}

/** The demo accounts, from the same file the demo seeder reads. */
function demoLogins() {
  const demo = JSON.parse(
    readFileSync('libs/api/identity/src/lib/demo/demo-accounts.json', 'utf8'),
  );
  const width = Math.max(...demo.people.map((person) => person.email.length));
  const lines = demo.people.map(
    (person) => `    ${person.email.padEnd(width)}  ${person.description}`,
  );
  return `
  Demo-accounts (${demo.organisation}), wachtwoord voor allemaal: ${demo.password}
${lines.join('\n')}
  Beheerders loggen in met tweestapsverificatie: \`npm run demo:code\` toont hun huidige code.
`;
}

async function main() {
  for (const [name, value] of [
    ['PORT', port],
    ['WORKER_PORT', workerPort],
    ...(mailboxPort ? [['MAILBOX_PORT', mailboxPort]] : []),
  ]) {
    if (!(await isPortFree(value))) {
      throw new Error(
        `Poort ${value} is al in gebruik. Stop het andere programma of kies een andere ${name}, bijvoorbeeld ${name}=${value + 100} npm start.`,
      );
    }
  }
  if (!skipBuild) {
    say('Bouwen (de eerste keer duurt dit een paar minuten; daarna komt het uit de cache) …');
    const started = Date.now();
    const build = await run(
      'nx',
      ['run-many', '-t', 'build', '-p', 'api', 'worker', 'web', '--output-style=static'],
      { quiet: true },
    );
    if (build.code !== 0) {
      console.error(build.output);
      throw new Error('Bouwen mislukt; zie de uitvoer hierboven.');
    }
    say(`Gebouwd in ${Math.round((Date.now() - started) / 1000)} s.`);
  }

  const postgres = await localPostgres(say);
  stops.push(postgres.stop);
  const redis = await localRedis(say);
  stops.push(redis.stop);

  const mailbox = mailboxPort ? await startMailbox({ httpPort: mailboxPort }) : undefined;
  if (mailbox) stops.push(mailbox.stop);

  const env = {
    ...process.env,
    ...(mailbox && { SMTP_URL: mailbox.smtpUrl }),
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    PORT: String(port),
    WORKER_PORT: String(workerPort),
    PUBLIC_URL: publicUrl,
  };
  const cli = async (...args) => {
    const result = await run(process.execPath, ['dist/apps/api/cli.js', ...args], { env });
    if (result.code !== 0) throw new Error(`"${args.join(' ')}" mislukt.`);
  };
  await cli('migrate');
  // Matched by slug, so importing unchanged content again changes nothing.
  await cli('content:import');
  if (process.env.DEMO_SEED !== 'false') await cli('seed');

  startApp('api', 'dist/apps/api/main.js', env);
  startApp('worker', 'dist/apps/worker/main.js', env);
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/api/health/ready`)).ok, {
    timeoutMs: 60_000,
    what: 'De API',
  });

  console.log(`
  Leerruimte draait op ${publicUrl}
${process.env.DEMO_SEED === 'false' ? '' : demoLogins()}
  API-documentatie:   ${publicUrl}/api/docs
${mailbox ? `  Demo-postvak:       ${mailbox.url} (alle e-mail die Leerruimte verstuurt)\n` : ''}  Logboeken:          .data/logs/api.log en .data/logs/worker.log
  Stoppen:            Ctrl-C
`);
}

main().catch(async (error) => {
  console.error(`[leerruimte] ${error instanceof Error ? error.message : error}`);
  await shutDown(1);
});
