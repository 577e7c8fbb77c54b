import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The people of each team's rolling three-month windows, for the trend of small teams. */
export class RollingWindowPeople1796670506740 implements MigrationInterface {
  name = 'RollingWindowPeople1796670506740';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "team_window_people" ("month" date NOT NULL, "team_id" uuid NOT NULL, "learning_people" integer NOT NULL DEFAULT '0', "reflection_people" integer NOT NULL DEFAULT '0', "board_people" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_0bb5f2db17818203d328398dede" PRIMARY KEY ("month", "team_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_window_people" ADD CONSTRAINT "FK_545bad861290fa8a9b57d079cc9" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // A closed month is rolled up once; forgetting them all has the next run fill the windows.
    await queryRunner.query(`DELETE FROM "reporting_month"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "team_window_people" DROP CONSTRAINT "FK_545bad861290fa8a9b57d079cc9"`,
    );
    await queryRunner.query(`DROP TABLE "team_window_people"`);
  }
}
