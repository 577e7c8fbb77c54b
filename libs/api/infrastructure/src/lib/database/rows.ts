import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { DataSource, EntityManager, QueryFailedError, type QueryRunner } from 'typeorm';
import { z } from 'zod';

/** Where SQL can be sent: the data source, or the manager of a running transaction. */
export type Sql = DataSource | EntityManager;

/** A query returned rows of another shape than its schema says: a bug, never bad input. */
export class RowShapeError extends Error {
  constructor(text: string, error: z.ZodError) {
    const where = error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    super(`Rows do not match their schema (${where}) for: ${text.replace(/\s+/g, ' ').trim()}`);
    this.name = 'RowShapeError';
  }
}

export interface QueryOptions {
  /**
   * Prepare the statement once per connection and reuse its plan: for the few queries sent on
   * nearly every request or page view, which PostgreSQL would otherwise parse and plan each
   * time at several times the cost of running them. Not for `SELECT *`: a migration that adds
   * a column would break the prepared statement in processes still running.
   */
  prepared?: boolean;
}

/** A statement's name on every connection: one per text, as node-postgres requires. */
const statementNames = new Map<string, string>();

async function queryPrepared(runner: QueryRunner, text: string, params: unknown[]) {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `lr_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
    statementNames.set(text, name);
  }
  const client = (await runner.connect()) as PoolClient;
  const { logger } = runner.connection;
  logger.logQuery(text, params, runner);
  try {
    return (await client.query({ name, text, values: params })).rows;
  } catch (error: unknown) {
    logger.logQueryError(error as Error, text, params, runner);
    throw new QueryFailedError(text, params, error as Error);
  }
}

/**
 * Runs SQL and checks every row it returns against `row`, so a row's type comes from a schema
 * that is checked, never from an annotation the compiler takes on trust. node-postgres gives
 * bigint and numeric columns (COUNT, SUM) as strings: declare them `z.coerce.number()`.
 * UPDATE and DELETE with RETURNING give their rows here too (not TypeORM's [rows, count]).
 */
export async function selectRows<Row extends z.ZodType>(
  sql: Sql,
  row: Row,
  text: string,
  params: readonly unknown[] = [],
  { prepared = false }: QueryOptions = {},
): Promise<Array<z.output<Row>>> {
  const manager = sql instanceof EntityManager ? sql : sql.manager;
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const records = prepared
      ? await queryPrepared(runner, text, [...params])
      : ((await runner.query(text, [...params], true)).records ?? []);
    const parsed = z.array(row).safeParse(records);
    if (!parsed.success) throw new RowShapeError(text, parsed.error);
    return parsed.data;
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}

/** The first row, or undefined when there is none. */
export async function selectRow<Row extends z.ZodType>(
  sql: Sql,
  row: Row,
  text: string,
  params: readonly unknown[] = [],
  options: QueryOptions = {},
): Promise<z.output<Row> | undefined> {
  const [first] = await selectRows(sql, row, text, params, options);
  return first;
}

/** Whether the query returns any row: for `SELECT 1 ... WHERE` checks. */
export async function exists(sql: Sql, text: string, params: readonly unknown[] = []) {
  return (await selectRows(sql, z.unknown(), text, params)).length > 0;
}
