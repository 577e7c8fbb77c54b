import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import {
  type AppConfig,
  ConfigValidationError,
  createRootLogger,
  loadConfig,
} from '@leerruimte/api-core';
import { JobQueue, DemoSeedRunner, createDataSourceOptions } from '@leerruimte/api-infrastructure';
import { DemoSso } from '@leerruimte/api-identity';
import { ContentImporter, readContent } from '@leerruimte/api-learning';
import { ReportingRollup } from '@leerruimte/api-reporting';
import { TrainingTemplates, readTrainingTemplates } from '@leerruimte/api-trainings';
import { ApiModule } from './api.module';
import { createHttpApp, createOpenApiDocument } from './http-app';
import { OPENAPI_PATH } from './openapi-path';
import { reportActivities } from './report-activities';

const MIGRATIONS_DIR = 'libs/api/infrastructure/src/lib/database/migrations';

const usage = `Usage: node dist/apps/api/cli.js <command>
  migrate            apply every pending migration
  revert             undo the last applied migration
  check              fail when the entities differ from what the migrations create
  generate <Name>    write a migration for the difference between entities and schema
  content:import     check content/ and import it (modules, lessons, cards; training templates)
  seed               add demo data that is not there yet
  sso:demo <issuer>  point the demo organisation's single sign-on at the demo provider
  openapi --write    write ${OPENAPI_PATH}
  openapi --check    fail when ${OPENAPI_PATH} is not what the code describes
  reporting:rollup   aggregate the report rollups again from the raw activity, every month`;

async function withDataSource<T>(config: AppConfig, work: (dataSource: DataSource) => Promise<T>) {
  const dataSource = new DataSource(
    createDataSourceOptions({ ...config.database, applicationName: 'leerruimte-cli' }),
  );
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** The full application context, so every module's entities and seeders are known. */
async function withAppContext<T>(
  config: AppConfig,
  work: (app: { get: <S>(type: new (...args: never[]) => S) => S }) => Promise<T>,
) {
  const app = await NestFactory.createApplicationContext(ApiModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

async function schemaDifference(config: AppConfig) {
  return withAppContext(config, async (app) => {
    const sql = await app.get(DataSource).driver.createSchemaBuilder().log();
    return { up: sql.upQueries, down: sql.downQueries };
  });
}

function quote(query: string): string {
  return '`' + query.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}

/** The migrations index, rebuilt from the files: `<epoch-ms>-<Name>.ts` exports `<Name><epoch-ms>`. */
export function migrationsIndex(fileNames: string[]): string {
  const migrations = fileNames
    .map((fileName) => /^(\d+)-([A-Za-z0-9]+)\.ts$/.exec(fileName))
    .filter((match) => match !== null)
    .map(([, timestamp, name]) => ({
      file: `${timestamp}-${name}`,
      className: `${name}${timestamp}`,
    }))
    .sort((a, b) => a.file.localeCompare(b.file));
  return `${migrations.map((m) => `import { ${m.className} } from './${m.file}';`).join('\n')}

/** Every migration, oldest first. \`npm run db:migration:generate\` rewrites this file. */
export const migrations = [
${migrations.map((m) => `  ${m.className},`).join('\n')}
];
`;
}

async function generate(config: AppConfig, name: string | undefined): Promise<void> {
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Give the migration a PascalCase name, e.g. generate CreateTeam');
  }
  const { up, down } = await schemaDifference(config);
  if (up.length === 0) {
    console.log('Entities and migrations match: nothing to generate.');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const statement = (query: { query: string; parameters?: unknown[] }) =>
    `    await queryRunner.query(${quote(query.query)}${query.parameters?.length ? `, ${JSON.stringify(query.parameters)}` : ''});`;
  const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map(statement).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${[...down].reverse().map(statement).join('\n')}
  }
}
`;
  const fileName = `${timestamp}-${name}`;
  writeFileSync(join(MIGRATIONS_DIR, `${fileName}.ts`), source);
  const indexPath = join(MIGRATIONS_DIR, 'index.ts');
  writeFileSync(indexPath, migrationsIndex(readdirSync(MIGRATIONS_DIR)));
  console.log(`Wrote ${MIGRATIONS_DIR}/${fileName}.ts (run prettier to tidy it).`);
}

async function openapi(config: AppConfig, mode: string | undefined): Promise<void> {
  const app = await createHttpApp(config, createRootLogger('cli', 'warn'));
  try {
    await app.init();
    const generated = `${JSON.stringify(createOpenApiDocument(app), null, 2)}\n`;
    if (mode === '--write') {
      writeFileSync(OPENAPI_PATH, generated);
      console.log(`Wrote ${OPENAPI_PATH}`);
    } else if (mode === '--check') {
      if (readFileSync(OPENAPI_PATH, 'utf8') !== generated) {
        throw new Error(`${OPENAPI_PATH} is stale: run "npm run openapi:generate" and commit it`);
      }
      console.log(`${OPENAPI_PATH} is up to date.`);
    } else {
      throw new Error('openapi needs --write or --check');
    }
  } finally {
    await app.close();
  }
}

async function run(command: string | undefined, args: string[]): Promise<void> {
  const config = loadConfig(process.env, process.env.LEERRUIMTE_VERSION);
  switch (command) {
    case 'migrate':
      await withDataSource(config, async (dataSource) => {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        console.log(
          applied.length === 0
            ? 'Database schema is up to date.'
            : `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`,
        );
      });
      return;
    case 'revert':
      await withDataSource(config, (dataSource) => dataSource.undoLastMigration());
      console.log('Reverted the last migration.');
      return;
    case 'check': {
      const { up } = await schemaDifference(config);
      if (up.length > 0) {
        throw new Error(
          `Entities and migrations differ; "npm run db:migration:generate -- <Name>" would add:\n${up.map((q) => `  ${q.query}`).join('\n')}`,
        );
      }
      console.log('Entities and migrations match.');
      return;
    }
    case 'generate':
      await generate(config, args[0]);
      return;
    case 'content:import':
      await withAppContext(config, async (app) => {
        // Reading checks everything first: a broken file stops the import before it starts.
        const content = readContent(config.content.dir);
        const templates = readTrainingTemplates(config.content.dir, content.modules);
        const summary = await app.get(ContentImporter).import(content);
        const imported = await app.get(TrainingTemplates).import(templates);
        const removed = Object.entries(summary.removed)
          .filter(([, count]) => count > 0)
          .map(([kind, count]) => `${count} ${kind}`);
        console.log(
          `Imported ${summary.modules} modules, ${summary.lessons} lessons, ${summary.cards} cards` +
            ` and ${imported.templates} training templates` +
            (removed.length > 0 ? ` (marked removed: ${removed.join(', ')})` : '') +
            (imported.removed > 0
              ? ` (training templates marked removed: ${imported.removed})`
              : '') +
            '.',
        );
      });
      return;
    case 'seed':
      await withAppContext(config, async (app) => {
        const { applied, skipped } = await app.get(DemoSeedRunner).run();
        console.log(
          applied.length === 0
            ? `Demo data is in place (${skipped.length} seeder(s) had already run).`
            : `Demo data added: ${applied.join(', ')}`,
        );
      });
      return;
    case 'sso:demo': {
      const issuer = args[0];
      if (!issuer)
        throw new Error("Give the demo provider's issuer, e.g. sso:demo http://127.0.0.1:3026");
      await withAppContext(config, async (app) => {
        const connected = await app.get(DemoSso).connect(issuer);
        console.log(
          connected
            ? `Single sign-on of the demo organisation points at ${issuer}.`
            : 'No demo organisation: single sign-on left alone.',
        );
      });
      return;
    }
    case 'openapi':
      await openapi(config, args[0]);
      return;
    case 'reporting:rollup':
      await withAppContext(config, async (app) => {
        const started = performance.now();
        const months = await new ReportingRollup(
          app.get(DataSource),
          app.get(JobQueue),
          reportActivities,
        ).rebuild();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(`Rolled up ${months.length} month(s) in ${seconds} s.`);
      });
      return;
    default:
      console.error(usage);
      process.exitCode = 2;
  }
}

run(process.argv[2], process.argv.slice(3)).catch((error: unknown) => {
  if (error instanceof ConfigValidationError) {
    console.error(['Configuration is not valid:', ...error.problems].join('\n'));
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exitCode = 1;
});
