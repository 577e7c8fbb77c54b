// npm start: build, find or start PostgreSQL and Redis, migrate, import the learning content, add
// demo data, run the API and the worker, and serve Leerruimte on one address until Ctrl-C.
import { assertNode24, waitFor } from './lib/processes.mjs';
import {
  assertPortsFree,
  buildApps,
  demoLogins,
  prepareDatabase,
  startApp,
  startDemoIdentityProvider,
  startStores,
  stopAll,
} from './lib/platform.mjs';

assertNode24();

const skipBuild = process.argv.includes('--no-build');
const port = Number(process.env.PORT || 3000);
const workerPort = Number(process.env.WORKER_PORT || 3001);
const publicUrl = process.env.PUBLIC_URL || `http://localhost:${port}`;
// Without a mail server of the user's, mail goes to the demo's own mailbox.
const mailboxPort = process.env.SMTP_URL
  ? undefined
  : Number(process.env.MAILBOX_PORT || port + 25);
// With the demo data, the demo organisation signs in through a demo OpenID Provider too.
const identityProviderPort =
  process.env.DEMO_SEED === 'false'
    ? undefined
    : Number(process.env.IDENTITY_PROVIDER_PORT || port + 26);

const stops = [];
const children = [];
let shuttingDown = false;

async function shutDown(exitCode) {
  if (shuttingDown) return;
  shuttingDown = true;
  await stopAll(children, stops);
  process.exit(exitCode);
}

process.on('SIGINT', () => void shutDown(0));
process.on('SIGTERM', () => void shutDown(0));

function startWatched(name, script, env) {
  const child = startApp(name, script, env);
  child.on('exit', (code, signal) => {
    if (!shuttingDown) {
      console.error(
        `[leerruimte] ${name} stopte onverwacht (${signal ?? code}); zie .data/logs/${name}.log`,
      );
      void shutDown(1);
    }
  });
  children.push(child);
}

async function main() {
  await assertPortsFree([
    ['PORT', port],
    ['WORKER_PORT', workerPort],
    ...(mailboxPort ? [['MAILBOX_PORT', mailboxPort]] : []),
    ...(identityProviderPort ? [['IDENTITY_PROVIDER_PORT', identityProviderPort]] : []),
  ]);
  if (!skipBuild) await buildApps();

  const stores = await startStores({ mailboxPort, stops });
  const env = {
    ...stores.env,
    PORT: String(port),
    WORKER_PORT: String(workerPort),
    PUBLIC_URL: publicUrl,
  };
  const identityProvider = identityProviderPort
    ? await startDemoIdentityProvider({ port: identityProviderPort, publicUrl, stops })
    : undefined;
  await prepareDatabase(env, { identityProvider });

  startWatched('api', 'dist/apps/api/main.js', env);
  startWatched('worker', 'dist/apps/worker/main.js', env);
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/api/health/ready`)).ok, {
    timeoutMs: 60_000,
    what: 'De API',
  });

  console.log(`
  Leerruimte draait op ${publicUrl}
${demoLogins()}
  API-documentatie:   ${publicUrl}/api/docs
${stores.mailbox ? `  Demo-postvak:       ${stores.mailbox.url} (alle e-mail die Leerruimte verstuurt)\n` : ''}${identityProvider ? `  Demo-inlogprovider: ${identityProvider.issuer} (log in als nina.nieuw@sso.voorbeeldstad.test, kies "Inloggen via", typ daar de naam nina)\n` : ''}  Logboeken:          .data/logs/api.log en .data/logs/worker.log
  Stoppen:            Ctrl-C
`);
}

main().catch(async (error) => {
  console.error(`[leerruimte] ${error instanceof Error ? error.message : error}`);
  await shutDown(1);
});
