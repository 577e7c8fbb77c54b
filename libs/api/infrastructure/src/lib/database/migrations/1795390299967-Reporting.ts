import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reporting1795390299967 implements MigrationInterface {
  name = 'Reporting1795390299967';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "report_export" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "scope_team_id" uuid, "requested_by_id" uuid, "format" character varying(4) NOT NULL, "period_from" character varying(7) NOT NULL, "period_to" character varying(7) NOT NULL, "team_id" uuid, "locale" character varying(2) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'queued', "progress" integer NOT NULL DEFAULT '0', "content" bytea, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0399b6b088c80cc29ca392e723f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_aa39240143115b539b2d52d5d6" ON "report_export"  ("organisation_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "team_month_figures" ("month" date NOT NULL, "modules_started" integer NOT NULL DEFAULT '0', "modules_completed" integer NOT NULL DEFAULT '0', "learning_minutes" integer NOT NULL DEFAULT '0', "prompts_asked" integer NOT NULL DEFAULT '0', "prompts_answered" integer NOT NULL DEFAULT '0', "experiments_started" integer NOT NULL DEFAULT '0', "experiments_evaluated" integer NOT NULL DEFAULT '0', "experiments_adopted" integer NOT NULL DEFAULT '0', "experiments_adapted" integer NOT NULL DEFAULT '0', "experiments_stopped" integer NOT NULL DEFAULT '0', "why_questions_asked" integer NOT NULL DEFAULT '0', "why_questions_discussed" integer NOT NULL DEFAULT '0', "why_questions_to_experiment" integer NOT NULL DEFAULT '0', "learning_people" integer NOT NULL DEFAULT '0', "reflection_people" integer NOT NULL DEFAULT '0', "board_people" integer NOT NULL DEFAULT '0', "team_id" uuid NOT NULL, CONSTRAINT "PK_b141172a045818165d18b9be511" PRIMARY KEY ("month", "team_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "organisation_month_figures" ("month" date NOT NULL, "modules_started" integer NOT NULL DEFAULT '0', "modules_completed" integer NOT NULL DEFAULT '0', "learning_minutes" integer NOT NULL DEFAULT '0', "prompts_asked" integer NOT NULL DEFAULT '0', "prompts_answered" integer NOT NULL DEFAULT '0', "experiments_started" integer NOT NULL DEFAULT '0', "experiments_evaluated" integer NOT NULL DEFAULT '0', "experiments_adopted" integer NOT NULL DEFAULT '0', "experiments_adapted" integer NOT NULL DEFAULT '0', "experiments_stopped" integer NOT NULL DEFAULT '0', "why_questions_asked" integer NOT NULL DEFAULT '0', "why_questions_discussed" integer NOT NULL DEFAULT '0', "why_questions_to_experiment" integer NOT NULL DEFAULT '0', "learning_people" integer NOT NULL DEFAULT '0', "reflection_people" integer NOT NULL DEFAULT '0', "board_people" integer NOT NULL DEFAULT '0', "organisation_id" uuid NOT NULL, CONSTRAINT "PK_14401ebce099c6a3f5423d2bb10" PRIMARY KEY ("month", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "reporting_month" ("month" date NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed" boolean NOT NULL, CONSTRAINT "PK_d1a002fd18f7d9737aef8a3c8c1" PRIMARY KEY ("month"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "organisation_report_settings" ("organisation_id" uuid NOT NULL, "minimum_group_size" integer NOT NULL, CONSTRAINT "PK_d751841db5742fb8abc77a06719" PRIMARY KEY ("organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e1d05766e89876bedd0ab4b9d1" ON "module_enrolment"  ("completed_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b77cb141f933c557559669ed1d" ON "module_enrolment"  ("started_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2327ab3522a58097559fd84a02" ON "lesson_completion"  ("completed_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b91e8676176c8130fea94d7d3e" ON "reflection_occurrence"  ("delivered_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "report_export" ADD CONSTRAINT "FK_394ec927e639828d577064f1348" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_export" ADD CONSTRAINT "FK_432c60654d2923febf80f4ce97c" FOREIGN KEY ("scope_team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_export" ADD CONSTRAINT "FK_f0cdb8c8a65d4f0eb4326dec6a9" FOREIGN KEY ("requested_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_month_figures" ADD CONSTRAINT "FK_ac49d40d6e1951a8942d07e3e76" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_month_figures" ADD CONSTRAINT "FK_4e29e47a65373bb12f4397844c3" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_report_settings" ADD CONSTRAINT "FK_d751841db5742fb8abc77a06719" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisation_report_settings" DROP CONSTRAINT "FK_d751841db5742fb8abc77a06719"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_month_figures" DROP CONSTRAINT "FK_4e29e47a65373bb12f4397844c3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_month_figures" DROP CONSTRAINT "FK_ac49d40d6e1951a8942d07e3e76"`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_export" DROP CONSTRAINT "FK_f0cdb8c8a65d4f0eb4326dec6a9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_export" DROP CONSTRAINT "FK_432c60654d2923febf80f4ce97c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_export" DROP CONSTRAINT "FK_394ec927e639828d577064f1348"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_b91e8676176c8130fea94d7d3e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2327ab3522a58097559fd84a02"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b77cb141f933c557559669ed1d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e1d05766e89876bedd0ab4b9d1"`);
    await queryRunner.query(`DROP TABLE "organisation_report_settings"`);
    await queryRunner.query(`DROP TABLE "reporting_month"`);
    await queryRunner.query(`DROP TABLE "organisation_month_figures"`);
    await queryRunner.query(`DROP TABLE "team_month_figures"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aa39240143115b539b2d52d5d6"`);
    await queryRunner.query(`DROP TABLE "report_export"`);
  }
}
