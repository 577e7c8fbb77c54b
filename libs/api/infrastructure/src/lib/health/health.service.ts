import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import type { DependencyCheck, Readiness } from '@leerruimte/shared-contracts';
import { MIGRATIONS_TABLE } from '../database/data-source-options';
import { selectRows } from '../database/rows';
import { REDIS } from '../queue/redis.tokens';

const CHECK_TIMEOUT_MS = 2_000;

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not answer within 2 s`)),
      CHECK_TIMEOUT_MS,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function check(
  what: string,
  probe: () => Promise<string | undefined>,
): Promise<DependencyCheck> {
  try {
    const problem = await withTimeout(probe(), what);
    return problem ? { status: 'down', detail: problem } : { status: 'up' };
  } catch (error) {
    return { status: 'down', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Can this process do its work: PostgreSQL and Redis answer, and the schema is current. */
@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async readiness(): Promise<Readiness> {
    const [database, redis, migrations] = await Promise.all([
      check('PostgreSQL', async () => {
        await this.dataSource.query('SELECT 1');
        return undefined;
      }),
      check('Redis', async () => {
        await this.redis.ping();
        return undefined;
      }),
      check('Migrations', () => this.pendingMigrations()),
    ]);
    const ready = [database, redis, migrations].every((result) => result.status === 'up');
    return { status: ready ? 'ready' : 'not_ready', checks: { database, redis, migrations } };
  }

  private async pendingMigrations(): Promise<string | undefined> {
    const applied = await selectRows(
      this.dataSource,
      z.object({ name: z.string() }),
      `SELECT name FROM "${MIGRATIONS_TABLE}"`,
    );
    const appliedNames = new Set(applied.map((row) => row.name));
    const pending = this.dataSource.migrations
      .map((migration) => migration.name ?? migration.constructor.name)
      .filter((name) => !appliedNames.has(name));
    return pending.length > 0 ? `${pending.length} migration(s) not applied` : undefined;
  }
}
