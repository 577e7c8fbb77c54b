import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { boardFactories } from '@leerruimte/api-board/testing';
import { ContentImporter, readContent } from '@leerruimte/api-learning';
import { learningFactories } from '@leerruimte/api-learning/testing';
import { reflectionFactories } from '@leerruimte/api-reflection/testing';
import { trainingFactories } from '@leerruimte/api-trainings/testing';
import { OPENAPI_PATH } from './openapi-path';
import { type World, buildWorld, createTestHttpApp } from './test-world';

/**
 * Bad input on every endpoint, generated from the OpenAPI document: for each request body field
 * a missing value, a wrong type, a too-long string, an invalid e-mail address and an unknown
 * field; for each id in the path one that is not an id, one that does not exist and one of
 * another organisation. Each must get a 4xx that names what is wrong, and leave the database
 * as it was. A new endpoint is covered as soon as it is in the document.
 */

interface PropertySchema {
  type?: string;
  properties?: Record<string, PropertySchema>;
  format?: string;
  enum?: string[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

interface BodySchema {
  type: 'object';
  properties: Record<string, PropertySchema>;
  required?: string[];
}

interface Operation {
  method: string;
  path: string;
  body?: BodySchema;
  idParams: string[];
  queryParams: string[];
}

interface Case {
  name: string;
  operation: Operation;
  body?: unknown;
  /** Which path ids to use: the world's own, made-up ones, or another organisation's. */
  ids: 'own' | 'not-an-id' | 'unknown' | 'foreign' | 'nul';
  /** Added to the URL as it is (already encoded). */
  search?: string;
  expectStatus: number[];
  /** The field the error must name, when the problem is in one field. */
  expectField?: string;
}

function operations(): Operation[] {
  const document = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: Array<{ in: string; name: string }>;
          requestBody?: { content: Record<string, { schema: BodySchema }> };
        }
      >
    >;
  };
  return Object.entries(document.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      body: operation.requestBody?.content['application/json']?.schema,
      // Ids are path parameters named "...Id"; link tokens are secrets, not ids.
      idParams: (operation.parameters ?? [])
        .filter((parameter) => parameter.in === 'path' && parameter.name.endsWith('Id'))
        .map((parameter) => parameter.name),
      queryParams: (operation.parameters ?? [])
        .filter((parameter) => parameter.in === 'query')
        .map((parameter) => parameter.name),
    })),
  );
}

/** A value the schema accepts, so one broken field is the only problem in a request. */
function validValue(name: string, schema: PropertySchema): unknown {
  if (schema.enum) return schema.enum[0];
  if (schema.type === 'object' && schema.properties) {
    return validBody({ type: 'object', properties: schema.properties });
  }
  if (schema.format === 'email') return `nieuw.${name.toLowerCase()}@test.test`;
  if (schema.pattern === '^\\d{6}$') return '123456';
  if (schema.pattern) return '123456';
  if (schema.type === 'boolean') return true;
  if (schema.type === 'number' || schema.type === 'integer') return 1;
  return 'een-geldige-lange-waarde'.padEnd(schema.minLength ?? 0, 'x').slice(0, schema.maxLength);
}

function validBody(schema: BodySchema): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(schema.properties).map(([name, property]) => [name, validValue(name, property)]),
  );
}

function wrongType(schema: PropertySchema): unknown {
  return schema.type === 'string' || schema.enum ? 12345 : 'tekst';
}

function casesFor(operation: Operation): Case[] {
  const endpoint = `${operation.method} ${operation.path}`;
  const cases: Case[] = [];
  const { body } = operation;
  if (body?.properties) {
    const valid = validBody(body);
    const bodyCase = (name: string, changed: unknown, field?: string): Case => ({
      name: `${endpoint}: ${name}`,
      operation,
      body: changed,
      ids: 'own',
      expectStatus: [400],
      expectField: field,
    });
    cases.push(bodyCase('a body that is not an object', ['een', 'lijst']));
    cases.push(bodyCase('an unknown field', { ...valid, onbekendVeld: 'x' }, 'onbekendVeld'));
    for (const [name, property] of Object.entries(body.properties)) {
      if (body.required?.includes(name)) {
        const { [name]: _missing, ...withoutField } = valid;
        cases.push(bodyCase(`${name} missing`, withoutField, name));
      }
      cases.push(
        bodyCase(`${name} of the wrong type`, { ...valid, [name]: wrongType(property) }, name),
      );
      if (property.maxLength !== undefined) {
        const tooLong = 'x'.repeat(property.maxLength + 1);
        cases.push(bodyCase(`${name} too long`, { ...valid, [name]: tooLong }, name));
      }
      if (property.type === 'string') {
        // PostgreSQL stores neither; both were a 500 before one rule refused them everywhere.
        cases.push(
          bodyCase(`${name} with a NUL byte`, { ...valid, [name]: 'een\u0000twee' }, name),
        );
        cases.push(bodyCase(`${name} with half an emoji`, { ...valid, [name]: 'een\ud83d' }, name));
      }
      if (property.format === 'date') {
        cases.push(bodyCase(`${name} in the year 0`, { ...valid, [name]: '0000-01-01' }, name));
      }
      if (property.format === 'email') {
        cases.push(
          bodyCase(`${name} not an e-mail address`, { ...valid, [name]: 'geen-adres' }, name),
        );
      }
    }
  }
  if (operation.idParams.length > 0) {
    const requestBody = body?.properties ? validBody(body) : undefined;
    const idCase = (ids: Case['ids'], name: string, expectStatus: number[]): Case => ({
      name: `${endpoint}: ${name}`,
      operation,
      body: requestBody,
      ids,
      expectStatus,
    });
    // An id that is not a UUID is simply not found; it never reaches a query.
    cases.push(idCase('not-an-id', 'ids that are not ids', [404]));
    cases.push(idCase('unknown', 'ids that do not exist', [403, 404]));
    cases.push(idCase('foreign', 'ids of another organisation', [403, 404]));
    cases.push(idCase('nul', 'ids with a NUL byte', [400, 404]));
  }
  for (const name of operation.queryParams) {
    cases.push({
      name: `${endpoint}: query ${name} with a NUL byte`,
      operation,
      body: body?.properties ? validBody(body) : undefined,
      ids: 'own',
      search: `?${name}=een%00twee`,
      expectStatus: [400],
      expectField: name,
    });
  }
  return cases;
}

const cases = operations().flatMap(casesFor);

/**
 * Who sends the bad input: someone allowed to call the endpoint, so the input itself is what is
 * refused. The organisation admin (also platform admin here) may call everything except what
 * only a team lead may do and the team's own learning board.
 */
function callerFor(path: string): 'organisationAdmin' | 'teamLead' {
  return /^\/api\/teams\/\{teamId\}\/(assignments|reflection-moments|board|learnings|why-questions|cases|experiments|reports|report-exports|privacy-allowances|cards|trainings|training-sessions|training-templates)/.test(
    path,
  )
    ? 'teamLead'
    : 'organisationAdmin';
}

describe('bad input on every endpoint', () => {
  let app: NestFastifyApplication;
  let world: World;
  let foreign: Record<string, string>;
  let assignmentIds: { own: string; foreign: string };
  let momentIds: { own: string; foreign: string };
  let occurrenceIds: { own: string; foreign: string };
  let boardIds: Record<'questionId' | 'caseId' | 'experimentId', { own: string; foreign: string }>;
  let exportIds: { own: string; foreign: string };
  let importIds: { own: string; foreign: string };
  let trainingIds: Record<'trainingId' | 'sessionId', { own: string; foreign: string }>;
  let meetingIds: { own: string; foreign: string };
  const query = (sql: string, params: unknown[] = []) => app.get(DataSource).query(sql, params);

  /**
   * Every table's rows, hashed. Sessions are left out: any request moves its own session's
   * last-seen time, which is bookkeeping, not stored data.
   */
  async function fingerprint(): Promise<Record<string, string>> {
    const tables: Array<{ name: string }> = await query(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'user_session'`,
    );
    const hashes: Record<string, string> = {};
    for (const { name } of tables) {
      const [{ hash }] = await query(
        `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM "${name}" t`,
      );
      hashes[name] = hash;
    }
    return hashes;
  }

  beforeAll(async () => {
    app = await createTestHttpApp();
    world = await buildWorld(app);
    // One caller who may use every endpoint: organisation admin of Gemeente A and platform admin.
    await query(`UPDATE app_user SET platform_admin = true WHERE id = $1`, [
      world.users.organisationAdmin,
    ]);
    await app.get(ContentImporter).import(readContent('content'));
    const db = app.get(DataSource);
    const [elsewhere] = await query(`SELECT id, organisation_id FROM team WHERE name = 'Elders'`);
    const [{ id: moduleId }] = await query(
      `SELECT id FROM learning_module WHERE slug = 'bewust-leren'`,
    );
    const learning = learningFactories(db);
    assignmentIds = {
      own: await learning.assignment(world.team, moduleId, 'whole team'),
      foreign: await learning.assignment(elsewhere.id, moduleId, 'whole team'),
    };
    const reflection = reflectionFactories(db);
    const plan = (teamId: string) =>
      reflection.moment(teamId, {
        question: 'Wat leerde je?',
        schedule: { time: '09:00', startDate: '2099-01-05', recurrence: { kind: 'once' } },
      });
    momentIds = { own: await plan(world.team), foreign: await plan(elsewhere.id) };
    const ask = (momentId: string, userId: string) =>
      reflection.occurrence(momentId, [userId], { question: 'Wat leerde je?' });
    occurrenceIds = {
      own: await ask(momentIds.own, world.users.organisationAdmin),
      foreign: await ask(momentIds.foreign, world.users.otherOrganisation),
    };
    const board = boardFactories(db);
    const onBoard = async (teamId: string) => ({
      caseId: await board.teamCase(teamId, { title: 'Casus', description: 'Een situatie' }),
      questionId: await board.whyQuestion(teamId, { question: 'Waarom?' }),
      experimentId: await board.experiment(teamId, { title: 'Proef' }),
    });
    // Exports and invitations stay SQL: no factory covers them.
    const exportOf = async (organisationId: string) => {
      const [{ id }] = await query(
        `INSERT INTO report_export (organisation_id, format, period_from, period_to, locale)
         VALUES ($1, 'csv', '2026-01', '2026-03', 'nl') RETURNING id`,
        [organisationId],
      );
      return id as string;
    };
    exportIds = {
      own: await exportOf(world.organisation),
      foreign: await exportOf(elsewhere.organisation_id),
    };
    const importOf = async (organisationId: string, userId: string) => {
      const [{ id }] = await query(
        `INSERT INTO people_import (organisation_id, created_by_id, file_name)
         VALUES ($1, $2, 'mensen.csv') RETURNING id`,
        [organisationId, userId],
      );
      return id as string;
    };
    importIds = {
      own: await importOf(world.organisation, world.users.organisationAdmin),
      foreign: await importOf(elsewhere.organisation_id, world.users.otherOrganisation),
    };
    const [ownBoard, foreignBoard] = [await onBoard(world.team), await onBoard(elsewhere.id)];
    boardIds = {
      questionId: { own: ownBoard.questionId, foreign: foreignBoard.questionId },
      caseId: { own: ownBoard.caseId, foreign: foreignBoard.caseId },
      experimentId: { own: ownBoard.experimentId, foreign: foreignBoard.experimentId },
    };
    const trainings = trainingFactories(db);
    const trainingOf = async (teamId: string) => {
      const trainingId = await trainings.training(teamId);
      return { trainingId, sessionId: await trainings.session(trainingId) };
    };
    const [ownTraining, foreignTraining] = [
      await trainingOf(world.team),
      await trainingOf(elsewhere.id),
    ];
    trainingIds = {
      trainingId: { own: ownTraining.trainingId, foreign: foreignTraining.trainingId },
      sessionId: { own: ownTraining.sessionId, foreign: foreignTraining.sessionId },
    };
    const meetingOf = async (userId: string) => {
      const [meeting] = await query(
        `INSERT INTO werkbegeleiding (user_id, held_on, minutes, supervisor)
         VALUES ($1, '2026-11-02', 60, 'Een begeleider') RETURNING id`,
        [userId],
      );
      return meeting.id as string;
    };
    meetingIds = {
      own: await meetingOf(world.users.organisationAdmin),
      foreign: await meetingOf(world.users.otherOrganisation),
    };
    const [foreignInvitation] = await query(
      `INSERT INTO invitation (team_id, email, role, token_hash, invited_by, expires_at)
       VALUES ($1, 'elders@test.test', 'professional', $2, $3, now() + interval '14 days')
       RETURNING id`,
      [elsewhere.id, 'e'.repeat(64), world.users.otherOrganisation],
    );
    foreign = {
      organisationId: elsewhere.organisation_id,
      teamId: elsewhere.id,
      userId: world.users.otherOrganisation,
      invitationId: foreignInvitation.id,
      assignmentId: assignmentIds.foreign,
      momentId: momentIds.foreign,
      occurrenceId: occurrenceIds.foreign,
      questionId: boardIds.questionId.foreign,
      caseId: boardIds.caseId.foreign,
      experimentId: boardIds.experimentId.foreign,
      exportId: exportIds.foreign,
      importId: importIds.foreign,
      trainingId: trainingIds.trainingId.foreign,
      sessionId: trainingIds.sessionId.foreign,
      meetingId: meetingIds.foreign,
    };
  });

  afterAll(() => app.close());

  it('has cases for every endpoint that takes a body, an id or a query', () => {
    const covered = new Set(
      cases.map((testCase) => `${testCase.operation.method} ${testCase.operation.path}`),
    );
    const takesInput = operations().filter(
      (operation) =>
        operation.body?.properties ||
        operation.idParams.length > 0 ||
        operation.queryParams.length > 0,
    );
    expect(takesInput.length).toBeGreaterThan(10);
    for (const operation of takesInput) {
      expect(covered).toContain(`${operation.method} ${operation.path}`);
    }
  });

  /** The world's own ids, by path parameter. */
  const ownIds = (): Record<string, string> => ({
    organisationId: world.organisation,
    teamId: world.team,
    userId: world.users.professional,
    invitationId: world.invitation,
    assignmentId: assignmentIds.own,
    momentId: momentIds.own,
    occurrenceId: occurrenceIds.own,
    questionId: boardIds.questionId.own,
    caseId: boardIds.caseId.own,
    experimentId: boardIds.experimentId.own,
    exportId: exportIds.own,
    importId: importIds.own,
    trainingId: trainingIds.trainingId.own,
    sessionId: trainingIds.sessionId.own,
    meetingId: meetingIds.own,
  });

  it.each(cases.map((testCase) => [testCase.name, testCase] as const))(
    '%s',
    async (_name, testCase) => {
      const own = ownIds();
      const idFor = (param: string): string => {
        switch (testCase.ids) {
          case 'own':
            return own[param];
          case 'not-an-id':
            return 'geen-id';
          case 'unknown':
            return randomUUID();
          case 'foreign':
            return foreign[param];
          case 'nul':
            return 'een%00twee';
        }
      };
      const url = testCase.operation.path
        .replace(/\{(\w+Id)\}/g, (_match, param: string) => idFor(param))
        .replace('{token}', 'een-onbekende-link')
        .concat(testCase.search ?? '');
      const before = await fingerprint();

      const response = await world.request(callerFor(testCase.operation.path), {
        method: testCase.operation.method as 'POST',
        url,
        ...(testCase.body !== undefined && { payload: testCase.body as object }),
      });

      expect(testCase.expectStatus).toContain(response.statusCode);
      const error = response.json();
      expect(error.message).toEqual(expect.any(String));
      expect(error.message.length).toBeGreaterThan(10);
      if (testCase.expectField) {
        expect(error.fields.map((field: { field: string }) => field.field)).toContain(
          testCase.expectField,
        );
      }
      expect(await fingerprint()).toEqual(before);
    },
  );

  /**
   * Anything in every field of a body, and one field the schema does not know, so the request
   * is never valid: whatever the values, the answer is a 4xx and nothing stored changes.
   */
  const anyValue = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('0000-01-01', '9999-12-31', '', ' ', '\u0000', '\ud83d', 'x'.repeat(5000)),
    fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), { maxKeys: 3 }),
  );
  const withBody = operations().filter((operation) => operation.body?.properties);

  it.each(
    withBody.map((operation) => [`${operation.method} ${operation.path}`, operation] as const),
  )('%s: random values never give a 5xx or change what is stored', async (_name, operation) => {
    const own = ownIds();
    const url = operation.path
      .replace(/\{(\w+Id)\}/g, (_match, param: string) => own[param])
      .replace('{token}', 'een-onbekende-link');
    const body = fc.record(
      Object.fromEntries(
        Object.keys(operation.body?.properties ?? {}).map((name) => [name, anyValue]),
      ),
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(body, anyValue, async (values, unknown) => {
        const before = await fingerprint();
        const response = await world.request(callerFor(operation.path), {
          method: operation.method as 'POST',
          url,
          payload: { ...values, onbekendVeld: unknown },
        });
        expect(response.statusCode).toBeGreaterThanOrEqual(400);
        expect(response.statusCode).toBeLessThan(500);
        expect(await fingerprint()).toEqual(before);
      }),
      { numRuns: 6 },
    );
  });

  const anyText = fc.string({ unit: 'binary', maxLength: 60 });
  const withIds = operations().filter((operation) => operation.idParams.length > 0);

  it.each(
    withIds.map((operation) => [`${operation.method} ${operation.path}`, operation] as const),
  )(
    '%s: random ids in the path never give a 5xx or change what is stored',
    async (_name, operation) => {
      const body = operation.body?.properties ? validBody(operation.body) : undefined;
      await fc.assert(
        fc.asyncProperty(anyText, async (id) => {
          const url = operation.path
            .replace(/\{(\w+Id)\}/g, () => encodeURIComponent(id))
            .replace('{token}', 'een-onbekende-link');
          const before = await fingerprint();
          const response = await world.request(callerFor(operation.path), {
            method: operation.method as 'POST',
            url,
            ...(body !== undefined && { payload: body }),
          });
          expect(response.statusCode).toBeGreaterThanOrEqual(400);
          expect(response.statusCode).toBeLessThan(500);
          expect(await fingerprint()).toEqual(before);
        }),
        { numRuns: 5 },
      );
    },
  );

  const withQuery = operations().filter(
    (operation) => operation.method === 'GET' && operation.queryParams.length > 0,
  );

  it.each(
    withQuery.map((operation) => [`${operation.method} ${operation.path}`, operation] as const),
  )('%s: random query values never give a 5xx', async (_name, operation) => {
    const own = ownIds();
    const path = operation.path.replace(/\{(\w+Id)\}/g, (_match, param: string) => own[param]);
    const values = fc.record(
      Object.fromEntries(operation.queryParams.map((name) => [name, anyText])),
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(values, async (query) => {
        const search = new URLSearchParams(query as Record<string, string>).toString();
        const response = await world.request(callerFor(operation.path), {
          method: 'GET',
          url: search ? `${path}?${search}` : path,
        });
        expect(response.statusCode).toBeLessThan(500);
      }),
      { numRuns: 10 },
    );
  });
});
