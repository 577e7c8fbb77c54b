import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The board's themes had English slugs of their own; they take the cards' practice themes. */
const renamed: Array<[board: string, practice: string]> = [
  ['approach', 'aanpak'],
  ['collaboration', 'samenwerking'],
  ['rules', 'regels-en-kaders'],
  ['ethics', 'ethiek-en-moraal'],
  ['own_practice', 'eigen-handelen'],
];
const tables = ['why_question', 'experiment', 'team_case'];

export class OnePracticeThemeList1796561262184 implements MigrationInterface {
  name = 'OnePracticeThemeList1796561262184';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of tables) {
      for (const [board, practice] of renamed) {
        await queryRunner.query(`UPDATE "${table}" SET "theme" = $2 WHERE "theme" = $1`, [
          board,
          practice,
        ]);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of tables) {
      for (const [board, practice] of renamed) {
        await queryRunner.query(`UPDATE "${table}" SET "theme" = $2 WHERE "theme" = $1`, [
          practice,
          board,
        ]);
      }
    }
  }
}
