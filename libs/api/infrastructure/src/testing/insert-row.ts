import type { DataSource, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';

/**
 * Inserts one row through its entity, so a test's data is checked by the compiler (column
 * names and types) instead of written as SQL. Returns the generated id, if the row has one.
 */
export async function insertRow<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  values: QueryDeepPartialEntity<T>,
): Promise<string> {
  const { identifiers } = await db.getRepository(entity).insert(values);
  return identifiers[0]?.['id'] as string;
}
