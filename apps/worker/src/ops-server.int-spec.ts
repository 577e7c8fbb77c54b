import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createRootLogger } from '@leerruimte/api-core';
import { HealthService, Metrics } from '@leerruimte/api-infrastructure';
import {
  eventually,
  migrateTestDatabase,
  testConfig,
} from '@leerruimte/api-infrastructure/testing';
import { createOpsServer } from './ops-server';
import { WorkerModule } from './worker.module';

const METRICS_TOKEN = 'een-lang-geheim-voor-prometheus';

describe('worker', () => {
  let app: INestApplicationContext;
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    const config = testConfig();
    await migrateTestDatabase(config);
    app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
      logger: false,
    });
    server = createOpsServer(
      app.get(HealthService),
      app.get(Metrics),
      createRootLogger('test', 'silent'),
      {
        env: 'production',
        metrics: { token: METRICS_TOKEN },
      },
    );
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.close();
    await app.close();
  });

  it('serves liveness and readiness on its ops port', async () => {
    expect(await (await fetch(`${baseUrl}/api/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${baseUrl}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { status: string }).status).toBe('ready');
  });

  it('runs the heartbeat job and reports it in its metrics', async () => {
    await eventually(async () => {
      const metrics = await (
        await fetch(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
      ).text();
      expect(metrics).toMatch(
        /leerruimte_jobs_total\{queue="platform",job="platform.heartbeat",outcome="completed"\} [1-9]/,
      );
      expect(metrics).toContain('leerruimte_queue_jobs{queue="platform",state="delayed"}');
      // The first heartbeat runs at once, but on a busy two-core machine (CI runs other suites
      // beside this one) "at once" has taken more than ten seconds.
    }, 45_000);
  }, 60_000);

  it('shows its metrics only to who sends the token', async () => {
    expect((await fetch(`${baseUrl}/metrics`)).status).toBe(401);
    const wrong = { headers: { authorization: 'Bearer een-ander-geheim-van-iemand' } };
    expect((await fetch(`${baseUrl}/metrics`, wrong)).status).toBe(401);
  });

  it('has no other routes', async () => {
    expect((await fetch(`${baseUrl}/api/platform/status`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/api/health`, { method: 'POST' })).status).toBe(405);
  });
});
