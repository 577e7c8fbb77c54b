// What `npm start` and `npm run start:cluster` share: building, the stores and the demo mailbox,
// preparing the database, and running the API and worker processes with their logs in files.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { startMailbox } from './mailbox.mjs';
import { isPortFree, run, stopProcess } from './processes.mjs';
import { localPostgres, localRedis } from './services.mjs';

export const say = (message) => console.log(`[leerruimte] ${message}`);

/** Stops with a clear message when one of the ports is taken. */
export async function assertPortsFree(ports) {
  for (const [name, value] of ports) {
    if (!(await isPortFree(value))) {
      throw new Error(
        `Poort ${value} is al in gebruik. Stop het andere programma of kies een andere ${name}, bijvoorbeeld ${name}=${value + 100}.`,
      );
    }
  }
}

export async function buildApps() {
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

/**
 * PostgreSQL, Redis and (without an SMTP_URL of the user's) the demo mailbox; `stops` gets
 * what must be stopped at the end. Returns the environment the apps run with.
 */
export async function startStores({ mailboxPort, stops }) {
  const postgres = await localPostgres(say);
  stops.push(postgres.stop);
  const redis = await localRedis(say);
  stops.push(redis.stop);
  const mailbox = mailboxPort ? await startMailbox({ httpPort: mailboxPort }) : undefined;
  if (mailbox) stops.push(mailbox.stop);
  return {
    mailbox,
    env: {
      ...process.env,
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      ...(mailbox && { SMTP_URL: mailbox.smtpUrl }),
    },
  };
}

/**
 * Migrates, imports the learning content (matched by slug, so again changes nothing) and seeds;
 * with a demo identity provider, points the demo organisation's single sign-on at it.
 */
export async function prepareDatabase(env, { identityProvider } = {}) {
  const cli = async (...args) => {
    const result = await run(process.execPath, ['dist/apps/api/cli.js', ...args], { env });
    if (result.code !== 0) throw new Error(`"${args.join(' ')}" mislukt.`);
  };
  await cli('migrate');
  await cli('content:import');
  if (process.env.DEMO_SEED !== 'false') await cli('seed');
  if (identityProvider) await cli('sso:demo', identityProvider.issuer);
}

const demoAccounts = () =>
  JSON.parse(readFileSync('libs/api/identity/src/lib/demo/demo-accounts.json', 'utf8'));

/**
 * The demo organisation's own OpenID Provider (oidc-provider, as the tests use it), so signing in
 * through the organisation can be tried: its login page takes any name; the demo people's
 * names give their addresses. `stops` gets its stop.
 */
export async function startDemoIdentityProvider({ port, publicUrl, stops }) {
  const { sso } = demoAccounts();
  const child = spawn(process.execPath, ['tools/test-identity-provider/main.mjs'], {
    env: {
      ...process.env,
      PORT: String(port),
      PUBLIC_URL: publicUrl,
      CLIENT_ID: sso.clientId,
      CLIENT_SECRET: sso.clientSecret,
    },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  stops.push(() => stopProcess(child));
  const issuer = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`De demo-inlogprovider stopte (${code}).`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('issuer ')) resolve(line.slice('issuer '.length));
    });
  });
  for (const person of sso.people) {
    await fetch(`${issuer}/_test/people/${encodeURIComponent(person.login)}`, {
      method: 'PUT',
      body: JSON.stringify({ email: person.email, email_verified: true, name: person.name }),
    });
  }
  return { issuer };
}

/**
 * The worker's V8 heap, as docker/worker.Dockerfile starts it too: small young-generation
 * spaces and an old generation of at most 192 MiB keep a fan-out of 24,000 mails under 256 MiB
 * of memory (bench:reflection-fanout); without them V8 lets the heap grow to 400 MiB of mostly
 * garbage on a machine with much memory.
 */
export const WORKER_NODE_FLAGS = ['--max-old-space-size=192', '--max-semi-space-size=8'];

/** Node's flags for an app's script. */
function nodeFlagsFor(script) {
  return script.includes('apps/worker/') ? WORKER_NODE_FLAGS : [];
}

/**
 * Runs an app in its own process group (so Ctrl-C reaches only the script) with its logs in
 * `.data/logs/<name>.log`; warnings and errors also go to the terminal.
 */
export function startApp(name, script, env) {
  mkdirSync('.data/logs', { recursive: true });
  const logFile = createWriteStream(`.data/logs/${name}.log`, { flags: 'a' });
  const child = spawn(process.execPath, ['--enable-source-maps', ...nodeFlagsFor(script), script], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.pipe(logFile, { end: false });
    createInterface({ input: stream }).on('line', (line) => {
      try {
        const entry = JSON.parse(line);
        if (['warn', 'error', 'fatal'].includes(entry.level)) {
          console.error(`[${name}] ${entry.msg}`);
        }
      } catch {
        console.error(`[${name}] ${line}`);
      }
    });
  }
  return child;
}

/** Stops the apps (they finish their requests and jobs), then the stores they use. */
export async function stopAll(children, stops) {
  say('Stoppen: lopende verzoeken en taken worden afgemaakt …');
  await Promise.all(children.map((child) => stopProcess(child, 'SIGTERM', 20_000)));
  for (const stop of [...stops].reverse()) {
    await stop().catch((error) => console.error(error));
  }
  say('Gestopt.');
}

/** The demo accounts, from the same file the demo seeder reads. */
export function demoLogins() {
  if (process.env.DEMO_SEED === 'false') return '';
  const demo = demoAccounts();
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
