import { DataSource, EntityManager } from 'typeorm';
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
): Promise<Array<z.output<Row>>> {
  const manager = sql instanceof EntityManager ? sql : sql.manager;
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const result = await runner.query(text, [...params], true);
    const parsed = z.array(row).safeParse(result.records ?? []);
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
): Promise<z.output<Row> | undefined> {
  const [first] = await selectRows(sql, row, text, params);
  return first;
}

/** Whether the query returns any row: for `SELECT 1 ... WHERE` checks. */
export async function exists(sql: Sql, text: string, params: readonly unknown[] = []) {
  return (await selectRows(sql, z.unknown(), text, params)).length > 0;
}
