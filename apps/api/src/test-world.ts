import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { hash } from '@node-rs/argon2';
import type { InjectOptions } from 'fastify';
import { DataSource } from 'typeorm';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig, createRootLogger } from '@leerruimte/api-core';
import { REDIS, selectRow } from '@leerruimte/api-infrastructure';
import {
  deleteRedisKeys,
  migrateTestDatabase,
  testConfig,
  truncateAllTables,
} from '@leerruimte/api-infrastructure/testing';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, SessionService } from '@leerruimte/api-identity';
import { createHttpApp } from './http-app';

export const WORLD_PASSWORD = 'fiets-regen-koffie-dinsdag';
/** The admins' authenticator secret: admin rights count only with 2FA on. */
export const WORLD_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const CSRF = 'csrf-token-for-tests';

/** The assembled HTTP app on the run's test database, as integration tests of the API use it. */
export async function createTestHttpApp(
  configure: (config: AppConfig) => AppConfig = (config) => config,
): Promise<NestFastifyApplication> {
  const config = configure(testConfig());
  await migrateTestDatabase(config);
  const app = await createHttpApp(
    { ...config, web: { distPath: '/nonexistent' } },
    createRootLogger('test', 'silent'),
  );
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

export type Person =
  | 'otherOrganisation'
  | 'otherTeamSameOrganisation'
  | 'professional'
  | 'teamLead'
  | 'organisationAdmin';

export interface World {
  organisation: string;
  team: string;
  /** An open invitation into the team, for someone without an account. */
  invitation: string;
  users: Record<Person, string>;
  /** An HTTP request as this person (logged in, with the CSRF token), or anonymously. */
  request(
    as: Person | 'anonymous',
    options: InjectOptions,
  ): ReturnType<NestFastifyApplication['inject']>;
}

let passwordHash: Promise<string> | undefined;

/**
 * Gemeente A with team Noord (a professional and a team lead) and team Zuid, an admin of
 * Gemeente A, and Gemeente B with its own team and admin. Empties the database and the rate
 * limit counters first.
 */
/** Every rate limit's count (and login throttling's) starts afresh. */
export async function forgetRateLimits(app: NestFastifyApplication): Promise<void> {
  const { keyPrefix } = app.get<AppConfig>(APP_CONFIG).redis;
  await deleteRedisKeys(app.get<Redis>(REDIS), `${keyPrefix}:rate:*`);
}

export async function buildWorld(app: NestFastifyApplication): Promise<World> {
  const dataSource = app.get(DataSource);
  await truncateAllTables(dataSource);
  await forgetRateLimits(app);
  const { keyPrefix } = app.get<AppConfig>(APP_CONFIG).redis;
  await deleteRedisKeys(app.get<Redis>(REDIS), `${keyPrefix}:login-*`);
  passwordHash ??= hash(WORLD_PASSWORD);
  const insert = async (sql: string, params: unknown[]) => {
    const row = await selectRow(
      dataSource,
      z.object({ id: z.string() }),
      `${sql} RETURNING id`,
      params,
    );
    if (!row) throw new Error(`Nothing inserted: ${sql}`);
    return row.id;
  };
  const organisation = await insert(`INSERT INTO organisation (name) VALUES ($1)`, ['Gemeente A']);
  const otherOrganisation = await insert(`INSERT INTO organisation (name) VALUES ($1)`, [
    'Gemeente B',
  ]);
  const newTeam = (organisationId: string, name: string) =>
    insert(`INSERT INTO team (organisation_id, name) VALUES ($1, $2)`, [organisationId, name]);
  const team = await newTeam(organisation, 'Noord');
  const otherTeam = await newTeam(organisation, 'Zuid');
  const foreignTeam = await newTeam(otherOrganisation, 'Elders');
  const person = async (name: string) =>
    insert(`INSERT INTO app_user (email, name, password_hash) VALUES ($1, $2, $3)`, [
      `${name.toLowerCase().replace(/\s+/g, '.')}@test.test`,
      name,
      await passwordHash,
    ]);
  const users: Record<Person, string> = {
    otherOrganisation: await person('Bas Buiten'),
    otherTeamSameOrganisation: await person('Zoe Zuid'),
    professional: await person('Priya Professional'),
    teamLead: await person('Lars Lead'),
    organisationAdmin: await person('Ada Admin'),
  };
  const member = async (userId: string, teamId: string, role: string) => {
    await dataSource.query(
      `INSERT INTO team_membership (user_id, team_id, role) VALUES ($1, $2, $3)`,
      [userId, teamId, role],
    );
  };
  await member(users.professional, team, 'professional');
  await member(users.teamLead, team, 'team_lead');
  await member(users.otherTeamSameOrganisation, otherTeam, 'professional');
  await member(users.otherOrganisation, foreignTeam, 'team_lead');
  const admin = async (userId: string, organisationId: string) => {
    await dataSource.query(
      `INSERT INTO organisation_admin (user_id, organisation_id) VALUES ($1, $2)`,
      [userId, organisationId],
    );
    await dataSource.query(
      `UPDATE app_user SET totp_secret = $2, two_factor_enabled_at = now() WHERE id = $1`,
      [userId, WORLD_TOTP_SECRET],
    );
  };
  await admin(users.organisationAdmin, organisation);
  await admin(users.otherOrganisation, otherOrganisation);

  const invitation = await insert(
    `INSERT INTO invitation (team_id, email, role, token_hash, invited_by, expires_at)
     VALUES ($1, 'nieuw@test.test', 'professional', $2, $3, now() + interval '14 days')`,
    [team, 'f'.repeat(64), users.organisationAdmin],
  );

  const tokens = new Map<Person, string>();
  return {
    organisation,
    team,
    invitation,
    users,
    async request(as, options) {
      const cookies: Record<string, string> = { [CSRF_COOKIE]: CSRF };
      if (as !== 'anonymous') {
        if (!tokens.has(as)) {
          tokens.set(as, (await app.get(SessionService).start(users[as], {})).token);
        }
        cookies[SESSION_COOKIE] = tokens.get(as) as string;
      }
      return app.inject({
        ...options,
        cookies: { ...cookies, ...(options.cookies as Record<string, string> | undefined) },
        headers: { [CSRF_HEADER]: CSRF, ...options.headers },
      });
    },
  };
}

/** The SQL the app sends to PostgreSQL while `work` runs, as TypeORM logs every query. */
export async function queriesDuring(
  app: NestFastifyApplication,
  work: () => Promise<unknown>,
): Promise<string[]> {
  const logger = app.get(DataSource).logger;
  const logQuery = logger.logQuery;
  const queries: string[] = [];
  logger.logQuery = (query, ...rest) => {
    queries.push(query);
    return logQuery.call(logger, query, ...rest);
  };
  try {
    await work();
  } finally {
    logger.logQuery = logQuery;
  }
  return queries;
}
