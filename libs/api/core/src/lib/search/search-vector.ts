import type { ColumnOptions } from 'typeorm';

/**
 * A `tsvector` column PostgreSQL keeps up to date from the row itself (GENERATED ALWAYS ... STORED),
 * for the search; never read into or written from an entity. `expression` is SQL over the
 * table's columns, e.g. `setweight(to_tsvector('dutch', title), 'A')`: the migration that adds
 * the column must use exactly the same text, as TypeORM compares it to find drift.
 */
export function searchVectorColumn(expression: string): ColumnOptions {
  return {
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: expression,
    select: false,
    insert: false,
    update: false,
  };
}
