import { DataSource } from 'typeorm';
import { createTestContext } from '../../testing';

describe('database schema', () => {
  it('matches the entities exactly after all migrations (no drift)', async () => {
    const ctx = await createTestContext({});
    try {
      const difference = await ctx.app.get(DataSource).driver.createSchemaBuilder().log();

      expect(difference.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});
