import { once } from 'node:events';
import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type TestContext,
  createTestContext,
  eventually,
  truncateAllTables,
} from '@leerruimte/api-infrastructure/testing';
import { ContentImporter } from '../content/content-importer';
import { writeContentTree } from '../content/content-fixture';
import { readContent } from '../content/content-reader';
import { LearningFeatureModule } from '../learning.module';
import { ProgressService } from '../progress/progress.service';
import { ClosingTestService } from '../closing-test/closing-test.service';
import { answerChecksRight, passClosingTest } from '../../testing';

interface Received {
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

/** A small Learning Record Store: answers with the next status in line, 200 when none is left. */
async function startLrs(statuses: number[]) {
  const received: Received[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ headers: request.headers, body: JSON.parse(body) });
      response.writeHead(statuses.shift() ?? 200, { 'content-type': 'application/json' });
      response.end('[]');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, received, port: (server.address() as AddressInfo).port };
}

describe('xAPI statements', () => {
  let ctx: TestContext;
  let lrs: Awaited<ReturnType<typeof startLrs>>;
  let userId: string;

  beforeAll(async () => {
    // The first try fails, so the retry is part of the test.
    lrs = await startLrs([503]);
    ctx = await createTestContext({
      imports: [LearningFeatureModule],
      processJobs: true,
      configure: (config) => ({
        ...config,
        xapi: { url: `http://127.0.0.1:${lrs.port}/xapi`, username: 'lrs', password: 'geheim' },
      }),
    });
    await truncateAllTables(ctx.dataSource);
    await ctx.app.get(ContentImporter).import(readContent(writeContentTree()));
    [{ id: userId }] = await ctx.dataSource.query(
      `INSERT INTO app_user (email, name, password_hash) VALUES ('lot@test.test', 'Lot', 'x') RETURNING id`,
    );
  });

  afterAll(async () => {
    await ctx.close();
    lrs.server.close();
  });

  it('records a completion and forwards it to the LRS, retrying when the LRS fails', async () => {
    const progress = ctx.app.get(ProgressService);
    // Five minutes of reading: ten heartbeats, half a minute apart.
    for (let beat = 0; beat < 10; beat++) {
      const at = new Date(Date.now() - beat * 30_000);
      await progress.beat(userId, 'proefmodule', 'eerste-les', crypto.randomUUID(), at);
    }
    await answerChecksRight(progress, userId, 'proefmodule', 'eerste-les', ['kennis']);
    await ctx.app.get(ProgressService).complete(userId, 'proefmodule', 'eerste-les');
    await ctx.app.get(ProgressService).complete(userId, 'proefmodule', 'eerste-les');

    const [statement] = await ctx.dataSource.query(`SELECT * FROM xapi_statement`);
    expect(statement).toMatchObject({
      verb: 'http://adlnet.gov/expapi/verbs/completed',
      object_name: 'De eerste les',
      result: { completion: true, duration: 'PT5M' },
    });
    await eventually(async () => {
      const [forwarded] = await ctx.dataSource.query(
        `SELECT forwarded_at, attempts FROM xapi_statement`,
      );
      expect(forwarded.forwarded_at).not.toBeNull();
      expect(forwarded.attempts).toBe(1);
    }, 30_000);
    expect(lrs.received).toHaveLength(2);
    const [, delivered] = lrs.received;
    expect(delivered.headers['x-experience-api-version']).toBe('1.0.3');
    expect(delivered.headers.authorization).toBe(
      `Basic ${Buffer.from('lrs:geheim').toString('base64')}`,
    );
    expect(delivered.body).toMatchObject({
      id: statement.id,
      actor: { objectType: 'Agent', account: { name: userId } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      object: {
        id: expect.stringMatching(/\/leren\/proefmodule\/eerste-les$/),
        definition: { type: 'http://adlnet.gov/expapi/activities/lesson' },
      },
      result: { completion: true, duration: 'PT5M' },
    });
    expect(JSON.stringify(delivered.body)).not.toContain('lot@test.test');
  }, 40_000);

  it('states the closing test passed, the module completed and the certificate earned', async () => {
    const progress = ctx.app.get(ProgressService);
    await progress.complete(userId, 'proefmodule', 'tweede-les');
    await progress.complete(userId, 'proefmodule', 'derde-les');
    await passClosingTest(ctx.app.get(ClosingTestService), ctx.dataSource, userId, 'proefmodule');

    const statements = await ctx.dataSource.query(
      `SELECT verb, object_name, result FROM xapi_statement ORDER BY timestamp, object_type`,
    );
    expect(
      statements.map((row: { verb: string; object_name: string }) => [
        row.verb.split('/').pop(),
        row.object_name,
      ]),
    ).toEqual([
      ['completed', 'De eerste les'],
      ['completed', 'De tweede les'],
      ['completed', 'De derde les'],
      ['passed', 'Afsluitende toets Proefmodule'],
      ['completed', 'Proefmodule'],
      ['earned', 'Certificaat Proefmodule'],
    ]);
    expect(statements[3].result).toEqual({
      success: true,
      score: { scaled: 1, raw: 100, min: 0, max: 100 },
    });
    await eventually(async () => {
      expect(lrs.received).toHaveLength(7);
    }, 20_000);
  }, 30_000);
});
