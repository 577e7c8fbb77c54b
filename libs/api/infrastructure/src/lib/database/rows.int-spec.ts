import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { createTestContext, type TestContext } from '../../testing';
import { exists, RowShapeError, selectRow, selectRows } from './rows';

describe('checked rows', () => {
  let ctx: TestContext;
  let db: DataSource;

  beforeAll(async () => {
    ctx = await createTestContext({});
    db = ctx.app.get(DataSource);
    await db.query(`CREATE TABLE rows_probe (id int PRIMARY KEY, label text NOT NULL)`);
  });
  afterAll(async () => {
    await db.query(`DROP TABLE rows_probe`);
    await ctx.close();
  });

  it('gives typed rows, with counts coerced from the strings node-postgres returns', async () => {
    const rows = await selectRows(
      db,
      z.object({ n: z.coerce.number(), at: z.date() }),
      `SELECT count(*) AS n, now() AS at`,
    );

    expect(rows).toEqual([{ n: 1, at: expect.any(Date) }]);
  });

  it('refuses rows of another shape than the schema says, naming the column', async () => {
    const wrong = selectRows(db, z.object({ n: z.number() }), `SELECT 'x'::text AS n`);

    await expect(wrong).rejects.toThrow(RowShapeError);
    await expect(wrong).rejects.toThrow(/0\.n/);
  });

  it('gives the rows of UPDATE ... RETURNING, not a pair of rows and count', async () => {
    await db.query(`INSERT INTO rows_probe VALUES (1, 'a'), (2, 'b')`);
    const updated = await selectRows(
      db,
      z.object({ id: z.number() }),
      `UPDATE rows_probe SET label = 'c' RETURNING id`,
    );

    expect(updated.map((row) => row.id).sort()).toEqual([1, 2]);
  });

  it('reads inside a transaction through its manager, and finds the first row or none', async () => {
    const seen = await db.transaction(async (manager) => {
      await manager.query(`INSERT INTO rows_probe VALUES (3, 'd')`);
      return selectRow(
        manager,
        z.object({ label: z.string() }),
        `SELECT label FROM rows_probe WHERE id = 3`,
      );
    });

    expect(seen).toEqual({ label: 'd' });
    expect(
      await selectRow(db, z.object({ id: z.number() }), `SELECT id FROM rows_probe WHERE id = 99`),
    ).toBeUndefined();
    expect(await exists(db, `SELECT 1 FROM rows_probe WHERE id = $1`, [3])).toBe(true);
  });

  it('prepares a statement once per connection when asked, and checks its rows the same', async () => {
    const text = `SELECT label FROM rows_probe WHERE id = $1`;
    const label = (manager: EntityManager, id: number) =>
      selectRow(manager, z.object({ label: z.string() }), text, [id], { prepared: true });

    const prepared = await preparedStatementsOf(text, async (manager) => [
      await label(manager, 1),
      await label(manager, 2),
    ]);

    expect(prepared).toEqual({ statements: 1, result: [{ label: 'c' }, { label: 'c' }] });
    await expect(
      selectRows(db, z.object({ label: z.number() }), text, [1], { prepared: true }),
    ).rejects.toThrow(RowShapeError);
  });

  it('leaves a statement unprepared by default', async () => {
    const text = `SELECT label FROM rows_probe WHERE id = $1 AND label <> ''`;
    const unprepared = await preparedStatementsOf(text, (manager) =>
      selectRow(manager, z.object({ label: z.string() }), text, [2]),
    );

    expect(unprepared).toEqual({ statements: 0, result: { label: 'c' } });
  });

  /** Runs `work` on one connection, then counts that connection's prepared statements of `text`. */
  async function preparedStatementsOf(
    text: string,
    work: (manager: EntityManager) => Promise<unknown>,
  ) {
    return db.transaction(async (manager) => {
      const result = await work(manager);
      const [{ n }] = await manager.query(
        `SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = $1`,
        [text],
      );
      return { statements: n as number, result };
    });
  }
});
