import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainingAndIntervisieFigures1796625171603 implements MigrationInterface {
  name = 'TrainingAndIntervisieFigures1796625171603';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "team_month_figures" ADD "training_sessions_attended" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_month_figures" ADD "training_minutes" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_month_figures" ADD "intervisie_minutes" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_month_figures" ADD "training_sessions_attended" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_month_figures" ADD "training_minutes" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_month_figures" ADD "intervisie_minutes" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_167d9afed18ea27710e4f8d75f" ON "training_session"  ("starts_at") `,
    );
    // Closed months were rolled up once, without these figures: forget them, so the next run
    // aggregates every month again with them.
    await queryRunner.query(`DELETE FROM "reporting_month"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_167d9afed18ea27710e4f8d75f"`);
    await queryRunner.query(
      `ALTER TABLE "organisation_month_figures" DROP COLUMN "intervisie_minutes"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_month_figures" DROP COLUMN "training_minutes"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_month_figures" DROP COLUMN "training_sessions_attended"`,
    );
    await queryRunner.query(`ALTER TABLE "team_month_figures" DROP COLUMN "intervisie_minutes"`);
    await queryRunner.query(`ALTER TABLE "team_month_figures" DROP COLUMN "training_minutes"`);
    await queryRunner.query(
      `ALTER TABLE "team_month_figures" DROP COLUMN "training_sessions_attended"`,
    );
  }
}
