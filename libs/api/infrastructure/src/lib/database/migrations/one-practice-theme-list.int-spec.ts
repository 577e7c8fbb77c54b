import { DataSource } from 'typeorm';
import { createTestContext, type TestContext, truncateAllTables } from '../../../testing';
import { OnePracticeThemeList1796561262184 } from './1796561262184-OnePracticeThemeList';

describe('migration: one practice theme list', () => {
  let ctx: TestContext;
  let db: DataSource;

  beforeAll(async () => {
    ctx = await createTestContext({});
    db = ctx.app.get(DataSource);
  });
  afterAll(() => ctx.close());

  it("gives the board's items the cards' themes, and back", async () => {
    await truncateAllTables(db);
    const [organisation] = await db.query(
      `INSERT INTO organisation (name) VALUES ('A') RETURNING id`,
    );
    const [team] = await db.query(
      `INSERT INTO team (organisation_id, name) VALUES ($1, 'Noord') RETURNING id`,
      [organisation.id],
    );
    for (const theme of ['approach', 'collaboration', 'rules', 'ethics', 'own_practice']) {
      await db.query(`INSERT INTO why_question (team_id, question, theme) VALUES ($1, $2, $3)`, [
        team.id,
        `Waarom ${theme}?`,
        theme,
      ]);
    }
    await db.query(
      `INSERT INTO team_case (team_id, title, description, theme) VALUES ($1, 'Casus', '', 'ethics')`,
      [team.id],
    );
    const themes = async () =>
      (await db.query(`SELECT theme FROM why_question UNION ALL SELECT theme FROM team_case`))
        .map((row: { theme: string }) => row.theme)
        .sort();
    const migration = new OnePracticeThemeList1796561262184();
    const runner = db.createQueryRunner();
    try {
      await migration.up(runner);
      expect(await themes()).toEqual([
        'aanpak',
        'eigen-handelen',
        'ethiek-en-moraal',
        'ethiek-en-moraal',
        'regels-en-kaders',
        'samenwerking',
      ]);
      await migration.down(runner);
      expect(await themes()).toEqual([
        'approach',
        'collaboration',
        'ethics',
        'ethics',
        'own_practice',
        'rules',
      ]);
    } finally {
      await runner.release();
    }
  });
});
