import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateLearning1795379896495 implements MigrationInterface {
  name = 'CreateLearning1795379896495';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "learning_module" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(80) NOT NULL, "title" character varying(120) NOT NULL, "summary" text NOT NULL, "audience" character varying(200) NOT NULL, "themes" text array NOT NULL, "learning_goals" jsonb NOT NULL, "version" integer NOT NULL, "position" integer NOT NULL, "estimated_minutes" integer NOT NULL, "removed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_18059fa85d29772b550f94d3103" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_380645bb5f88c65d357eb1b169" ON "learning_module"  ("slug") `,
    );
    await queryRunner.query(
      `CREATE TABLE "lesson" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_id" uuid NOT NULL, "slug" character varying(80) NOT NULL, "title" character varying(120) NOT NULL, "minutes" integer NOT NULL, "position" integer NOT NULL, "blocks" jsonb NOT NULL, "removed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_a1976dc5c27fe0ac49a6768a13d" UNIQUE ("module_id", "slug"), CONSTRAINT "PK_0ef25918f0237e68696dee455bd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "card" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(80) NOT NULL, "title" character varying(80) NOT NULL, "question" text NOT NULL, "task" text, "theme" character varying(32) NOT NULL, "moments" jsonb NOT NULL, "removed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_9451069b6f1199730791a7f4ae4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_4b3fd86c797dbba10a66781743" ON "card"  ("slug") `,
    );
    await queryRunner.query(
      `CREATE TABLE "module_enrolment" ("user_id" uuid NOT NULL, "module_id" uuid NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_lesson_id" uuid, "last_opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6bbf5913b6d508ca675ed3b8c70" PRIMARY KEY ("user_id", "module_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "lesson_completion" ("user_id" uuid NOT NULL, "lesson_id" uuid NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_314c5d24f5c915df4ef5915da1d" PRIMARY KEY ("user_id", "lesson_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "journal_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "lesson_id" uuid NOT NULL, "block_id" character varying(80) NOT NULL, "answer" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_dd6e7a00c89b4ccda40786e02b2" UNIQUE ("user_id", "lesson_id", "block_id"), CONSTRAINT "PK_69167f660c807d2aa178f0bd7e6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_511874d7caf3c518ca59a8dfb3" ON "journal_entry"  ("user_id", "updated_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "check_answer" ("user_id" uuid NOT NULL, "lesson_id" uuid NOT NULL, "block_id" character varying(80) NOT NULL, "option_index" integer NOT NULL, "correct" boolean NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2c42c46d9c9b774efe551c7b981" PRIMARY KEY ("user_id", "lesson_id", "block_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson" ADD CONSTRAINT "FK_53d2329d64a9274517d7160c29c" FOREIGN KEY ("module_id") REFERENCES "learning_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_enrolment" ADD CONSTRAINT "FK_d6a65649dae77c2890889d00e5a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_enrolment" ADD CONSTRAINT "FK_be54164f13a2928249278a377b2" FOREIGN KEY ("module_id") REFERENCES "learning_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson_completion" ADD CONSTRAINT "FK_d43d37af0613979129b126a445f" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson_completion" ADD CONSTRAINT "FK_ae5e17063ac87fe1acf4e97aa90" FOREIGN KEY ("lesson_id") REFERENCES "lesson"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "journal_entry" ADD CONSTRAINT "FK_f646058ed43b3978c75e1500a45" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "journal_entry" ADD CONSTRAINT "FK_5a88bdaa058862c44a2e5cd14e0" FOREIGN KEY ("lesson_id") REFERENCES "lesson"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "check_answer" ADD CONSTRAINT "FK_62f582150516a09fedc9e7828b9" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "check_answer" ADD CONSTRAINT "FK_b2d1ec8e37d8157622deba2f83f" FOREIGN KEY ("lesson_id") REFERENCES "lesson"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "check_answer" DROP CONSTRAINT "FK_b2d1ec8e37d8157622deba2f83f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "check_answer" DROP CONSTRAINT "FK_62f582150516a09fedc9e7828b9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "journal_entry" DROP CONSTRAINT "FK_5a88bdaa058862c44a2e5cd14e0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "journal_entry" DROP CONSTRAINT "FK_f646058ed43b3978c75e1500a45"`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson_completion" DROP CONSTRAINT "FK_ae5e17063ac87fe1acf4e97aa90"`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson_completion" DROP CONSTRAINT "FK_d43d37af0613979129b126a445f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_enrolment" DROP CONSTRAINT "FK_be54164f13a2928249278a377b2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_enrolment" DROP CONSTRAINT "FK_d6a65649dae77c2890889d00e5a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson" DROP CONSTRAINT "FK_53d2329d64a9274517d7160c29c"`,
    );
    await queryRunner.query(`DROP TABLE "check_answer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_511874d7caf3c518ca59a8dfb3"`);
    await queryRunner.query(`DROP TABLE "journal_entry"`);
    await queryRunner.query(`DROP TABLE "lesson_completion"`);
    await queryRunner.query(`DROP TABLE "module_enrolment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4b3fd86c797dbba10a66781743"`);
    await queryRunner.query(`DROP TABLE "card"`);
    await queryRunner.query(`DROP TABLE "lesson"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_380645bb5f88c65d357eb1b169"`);
    await queryRunner.query(`DROP TABLE "learning_module"`);
  }
}
