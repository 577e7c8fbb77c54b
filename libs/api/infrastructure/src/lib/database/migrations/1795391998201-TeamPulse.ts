import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TeamPulse1795391998201 implements MigrationInterface {
  name = 'TeamPulse1795391998201';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "pulse_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurrence_id" uuid NOT NULL, "scores" jsonb NOT NULL, CONSTRAINT "PK_6eb3aa1362659d77d08d1bcc3a1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a224351d0a9883961d05f75f99" ON "pulse_response"  ("occurrence_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "team_month_figures" ADD "pulse_responses" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_month_figures" ADD "pulse_people" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_month_figures" ADD "pulse_safety" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_month_figures" ADD "pulse_trying" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_month_figures" ADD "pulse_colleagues" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_month_figures" ADD "pulse_time" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_month_figures" ADD "pulse_follow_through" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_month_figures" ADD "pulse_responses" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_month_figures" ADD "pulse_people" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_month_figures" ADD "pulse_safety" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_month_figures" ADD "pulse_trying" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_month_figures" ADD "pulse_colleagues" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_month_figures" ADD "pulse_time" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_month_figures" ADD "pulse_follow_through" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "reflection_moment" ADD "kind" character varying(10) NOT NULL DEFAULT 'question'`,
    );
    await queryRunner.query(
      `ALTER TABLE "pulse_response" ADD CONSTRAINT "FK_a224351d0a9883961d05f75f993" FOREIGN KEY ("occurrence_id") REFERENCES "reflection_occurrence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "pulse_response" DROP CONSTRAINT "FK_a224351d0a9883961d05f75f993"`,
    );
    await queryRunner.query(`ALTER TABLE "reflection_moment" DROP COLUMN "kind"`);
    await queryRunner.query(
      `ALTER TABLE "organisation_month_figures" DROP COLUMN "pulse_follow_through"`,
    );
    await queryRunner.query(`ALTER TABLE "organisation_month_figures" DROP COLUMN "pulse_time"`);
    await queryRunner.query(
      `ALTER TABLE "organisation_month_figures" DROP COLUMN "pulse_colleagues"`,
    );
    await queryRunner.query(`ALTER TABLE "organisation_month_figures" DROP COLUMN "pulse_trying"`);
    await queryRunner.query(`ALTER TABLE "organisation_month_figures" DROP COLUMN "pulse_safety"`);
    await queryRunner.query(`ALTER TABLE "organisation_month_figures" DROP COLUMN "pulse_people"`);
    await queryRunner.query(
      `ALTER TABLE "organisation_month_figures" DROP COLUMN "pulse_responses"`,
    );
    await queryRunner.query(`ALTER TABLE "team_month_figures" DROP COLUMN "pulse_follow_through"`);
    await queryRunner.query(`ALTER TABLE "team_month_figures" DROP COLUMN "pulse_time"`);
    await queryRunner.query(`ALTER TABLE "team_month_figures" DROP COLUMN "pulse_colleagues"`);
    await queryRunner.query(`ALTER TABLE "team_month_figures" DROP COLUMN "pulse_trying"`);
    await queryRunner.query(`ALTER TABLE "team_month_figures" DROP COLUMN "pulse_safety"`);
    await queryRunner.query(`ALTER TABLE "team_month_figures" DROP COLUMN "pulse_people"`);
    await queryRunner.query(`ALTER TABLE "team_month_figures" DROP COLUMN "pulse_responses"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a224351d0a9883961d05f75f99"`);
    await queryRunner.query(`DROP TABLE "pulse_response"`);
  }
}
