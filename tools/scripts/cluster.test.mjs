// npm run start:cluster, proven: two API and two worker processes behind nginx on one machine.
// Starts the built cluster (npm test gives it a scratch database and Redis prefix) and checks
// what must hold when Leerruimte runs on several processes.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { DateTime } from 'luxon';
import { freePort, sleep, stopProcess, waitFor } from './lib/processes.mjs';

const demo = JSON.parse(readFileSync('libs/api/identity/src/lib/demo/demo-accounts.json', 'utf8'));
const clusterDir = 'tmp/cluster-test';
let cluster;
let state;

/** A browser without a page: keeps its cookies and sends the CSRF token as the web app does. */
class Client {
  constructor(base, cookies = new Map()) {
    this.base = base;
    this.cookies = cookies;
  }

  /** The same browser, talking to another address (one API process directly). */
  at(base) {
    return new Client(base, this.cookies);
  }

  headers(body) {
    return {
      cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      ...(this.cookies.has('lr_csrf') && { 'x-csrf-token': this.cookies.get('lr_csrf') }),
      ...(body !== undefined && { 'content-type': 'application/json' }),
    };
  }

  async request(method, path, body) {
    const response = await fetch(this.base + path, {
      method,
      headers: this.headers(body),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    return response;
  }

  async logIn(email) {
    await this.request('GET', '/api/auth/session');
    const response = await this.request('POST', '/api/auth/login', {
      email,
      password: demo.password,
    });
    if (response.status !== 200) assert.fail(`${email} does not log in: ${await response.text()}`);
    return response.json();
  }
}

const apiUrl = (index) => `http://127.0.0.1:${state.apis[index].port}`;

function readState() {
  state = JSON.parse(readFileSync(`${clusterDir}/processes.json`, 'utf8'));
  return state;
}

/** Waits until the supervisor has started the process again and it answers. */
async function waitForRestart(index, oldPid) {
  await waitFor(
    async () =>
      readState().apis[index].pid !== oldPid &&
      (await fetch(`${apiUrl(index)}/api/health/ready`)).ok,
    { timeoutMs: 60_000, what: `api-${index + 1} after its restart` },
  );
}

/** GETs through nginx, `parallel` at a time, while `during` runs; every answer's status. */
async function streamOfGets(client, during, parallel = 4) {
  const statuses = [];
  let running = true;
  const loops = Array.from({ length: parallel }, async () => {
    while (running) {
      const response = await client.request('GET', '/api/auth/me').catch(() => undefined);
      statuses.push(response?.status ?? 'no answer');
      await response?.arrayBuffer().catch(() => undefined);
    }
  });
  await sleep(1_000);
  await during();
  await sleep(3_000);
  running = false;
  await Promise.all(loops);
  return statuses;
}

/** Resolves when the stream says "notifications"; rejects after `timeoutMs`. */
async function nextNotification(client, timeoutMs) {
  const controller = new AbortController();
  const response = await fetch(`${client.base}/api/me/notifications/stream`, {
    headers: client.headers(),
    signal: controller.signal,
  });
  assert.equal(response.status, 200);
  const reader = response.body.getReader();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  return {
    arrived: (async () => {
      let text = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return false;
          text += Buffer.from(value).toString();
          if (text.includes('event: notifications')) return true;
        }
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
        controller.abort();
      }
    })(),
  };
}

before(async () => {
  const port = await freePort();
  rmSync(clusterDir, { recursive: true, force: true });
  cluster = spawn(process.execPath, ['tools/scripts/start-cluster.mjs', '--no-build'], {
    env: { ...process.env, PORT: String(port), CLUSTER_DIR: clusterDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitFor(
    async () => {
      readState();
      return (await fetch(`${state.url}/api/health/ready`)).ok;
    },
    { timeoutMs: 180_000, what: 'The cluster' },
  );
});

after(async () => {
  await stopProcess(cluster, 'SIGTERM', 60_000);
});

test('a session made through one API process works on the other', async () => {
  const fatma = new Client(apiUrl(0));
  await fatma.logIn('fatma.yilmaz@voorbeeldstad.test');

  const me = await fatma.at(apiUrl(1)).request('GET', '/api/auth/me');

  assert.equal(me.status, 200);
  assert.equal((await me.json()).name, 'Fatma Yilmaz');
});

test('logging out through one API process ends the session the other holds', async () => {
  const fatma = new Client(apiUrl(0));
  await fatma.logIn('fatma.yilmaz@voorbeeldstad.test');
  // Its own copy of the cookies: the logout below clears Fatma's.
  const elsewhere = new Client(apiUrl(1), new Map(fatma.cookies));
  // Twice: the second answer comes from the session api-2 now holds in memory.
  assert.equal((await elsewhere.request('GET', '/api/auth/me')).status, 200);
  assert.equal((await elsewhere.request('GET', '/api/auth/me')).status, 200);

  assert.equal((await fatma.request('POST', '/api/auth/logout')).status, 204);

  // Heard through PostgreSQL's NOTIFY within milliseconds; the cache itself would hold it 60 s.
  await waitFor(async () => (await elsewhere.request('GET', '/api/auth/me')).status === 401, {
    timeoutMs: 2_000,
    what: 'api-2 to refuse the ended session',
  });
});

test('failed logins on one API process make the other wait too', async () => {
  const guesser = new Client(apiUrl(0));
  await guesser.request('GET', '/api/auth/session');
  for (let attempt = 1; attempt <= 5; attempt++) {
    const response = await guesser.request('POST', '/api/auth/login', {
      email: 'esther.mulder@voorbeeldstad.test',
      password: `zomer-${attempt}`,
    });
    assert.equal(response.status, 401);
  }

  const other = new Client(apiUrl(1));
  await other.request('GET', '/api/auth/session');
  const refused = await other.request('POST', '/api/auth/login', {
    email: 'esther.mulder@voorbeeldstad.test',
    password: demo.password,
  });

  assert.equal(refused.status, 429);
  assert.equal((await refused.json()).code, 'login_delayed');
});

test('a notification a worker makes reaches browsers on either API process', async () => {
  const fatma = new Client(apiUrl(0));
  await fatma.logIn('fatma.yilmaz@voorbeeldstad.test');
  const onFirst = await nextNotification(fatma, 150_000);
  const onSecond = await nextNotification(fatma.at(apiUrl(1)), 150_000);

  // Her team lead plans a question for the coming minute; a worker delivers it.
  const samira = new Client(state.url);
  const me = await samira.logIn('samira.elamrani@voorbeeldstad.test');
  const noord = me.teams.find((team) => team.name === 'Wijkteam Noord');
  const at = DateTime.now().setZone('Europe/Amsterdam').plus({ minutes: 1, seconds: 20 });
  const created = await samira.request('POST', `/api/teams/${noord.id}/reflection-moments`, {
    question: 'Wat heb je deze week van een collega geleerd?',
    schedule: {
      time: at.toFormat('HH:mm'),
      startDate: at.toISODate(),
      recurrence: { kind: 'once' },
      workingDays: [1, 2, 3, 4, 5, 6, 7],
    },
  });
  if (created.status !== 201) assert.fail(`no moment: ${await created.text()}`);

  assert.deepEqual(await Promise.all([onFirst.arrived, onSecond.arrived]), [true, true]);
});

test('a report the rollup refreshed is the same on both API processes within a minute', async () => {
  const samira = new Client(apiUrl(0));
  const me = await samira.logIn('samira.elamrani@voorbeeldstad.test');
  const noord = me.teams.find((team) => team.name === 'Wijkteam Noord');
  const month = DateTime.now().setZone('Europe/Amsterdam').toFormat('yyyy-MM');
  const path = `/api/teams/${noord.id}/reports/team-development?from=${month}&to=${month}`;
  const updatedAt = async (client) => {
    const response = await client.request('GET', path);
    assert.equal(response.status, 200);
    return (await response.json()).updatedAt;
  };
  const before = await updatedAt(samira);

  await waitFor(
    async () => {
      const [first, second] = [await updatedAt(samira), await updatedAt(samira.at(apiUrl(1)))];
      return first !== before && first === second;
    },
    { timeoutMs: 75_000, what: 'The refreshed report on both API processes' },
  );
});

test('killing an API process loses none of a stream of GETs, and it comes back', async () => {
  const joost = new Client(state.url);
  await joost.logIn('joost.visser@voorbeeldstad.test');
  const victim = state.apis[0].pid;

  const statuses = await streamOfGets(joost, async () => process.kill(victim, 'SIGKILL'));

  assert.ok(statuses.length > 20, `a real stream: ${statuses.length} requests`);
  assert.deepEqual([...new Set(statuses)], [200]);
  await waitForRestart(0, victim);
});

test('stopping an API process (SIGTERM) drains it with no failed request', async () => {
  const joost = new Client(state.url);
  await joost.logIn('joost.visser@voorbeeldstad.test');
  const stopping = state.apis[1].pid;

  const statuses = await streamOfGets(joost, async () => process.kill(stopping, 'SIGTERM'));

  assert.ok(statuses.length > 20, `a real stream: ${statuses.length} requests`);
  assert.deepEqual([...new Set(statuses)], [200]);
  await waitForRestart(1, stopping);
});
