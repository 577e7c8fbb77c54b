import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LearningThatCounts1796583375015 implements MigrationInterface {
  name = 'LearningThatCounts1796583375015';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "module_accreditation" ("organisation_id" uuid NOT NULL, "module_id" uuid NOT NULL, "register" character varying(40) NOT NULL, "accreditation_number" character varying(80) NOT NULL, "points" numeric(5,1) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e054fa07877d37a167ea2fb337e" PRIMARY KEY ("organisation_id", "module_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "certificate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "module_id" uuid, "verification_code" character varying(43) NOT NULL, "holder_name" character varying(200) NOT NULL, "module_title" character varying(120) NOT NULL, "module_slug" character varying(80) NOT NULL, "module_version" integer NOT NULL, "study_load_minutes" integer NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "score_percent" integer, "register" character varying(40), "accreditation_number" character varying(80), "points" numeric(5,1), "status" character varying(16) NOT NULL DEFAULT 'valid', "status_reason" text, "replaced_by_id" uuid, "pdf" bytea, "pdf_sha256" character varying(64), CONSTRAINT "PK_8daddfc65f59e341c2bbc9c9e43" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_60a9e298400a26898d775085a9" ON "certificate"  ("verification_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a619152c13653796f0e65105b4" ON "certificate"  ("user_id", "issued_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "learning_time_slot" ("user_id" uuid NOT NULL, "slot_start" TIMESTAMP WITH TIME ZONE NOT NULL, "lesson_id" uuid NOT NULL, "visit_id" uuid NOT NULL, CONSTRAINT "PK_fe0c6a84b3b983db2204ba254db" PRIMARY KEY ("user_id", "slot_start"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d3629e17619809d868fd7bd61d" ON "learning_time_slot"  ("user_id", "lesson_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "closing_test_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "module_id" uuid NOT NULL, "module_version" integer NOT NULL, "answers" jsonb NOT NULL, "correct_count" integer NOT NULL, "question_count" integer NOT NULL, "score_percent" integer NOT NULL, "passed" boolean NOT NULL, "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b4968f7fda28a41ee45042203a9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_148571f88ee30618af7a658fb3" ON "closing_test_attempt"  ("user_id", "module_id", "taken_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_module" ADD "study_load_minutes" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(`ALTER TABLE "learning_module" ADD "study_load_note" text`);
    await queryRunner.query(
      `ALTER TABLE "learning_module" ADD "sources" jsonb NOT NULL DEFAULT '[]'`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_module" ADD "colophon_html" text NOT NULL DEFAULT ''`,
    );
    await queryRunner.query(`ALTER TABLE "learning_module" ADD "closing_test" jsonb`);
    await queryRunner.query(
      `ALTER TABLE "module_accreditation" ADD CONSTRAINT "FK_536ddae2c76e3470e83a4b50d43" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_accreditation" ADD CONSTRAINT "FK_2477aa10e3e3fb9309e740aece7" FOREIGN KEY ("module_id") REFERENCES "learning_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate" ADD CONSTRAINT "FK_88977bc339155e25ec30c68a9b3" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate" ADD CONSTRAINT "FK_7d3d4f5d7b3efd097d49fce17b7" FOREIGN KEY ("module_id") REFERENCES "learning_module"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_time_slot" ADD CONSTRAINT "FK_0b57172d5847499f8e57839647f" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_time_slot" ADD CONSTRAINT "FK_51e585c105f8a0694822d81b491" FOREIGN KEY ("lesson_id") REFERENCES "lesson"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "closing_test_attempt" ADD CONSTRAINT "FK_58eb0f7cd4c4a12e8551a2aa3d4" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "closing_test_attempt" ADD CONSTRAINT "FK_31dfd8e4b54e25fbce84ccccdb3" FOREIGN KEY ("module_id") REFERENCES "learning_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "closing_test_attempt" DROP CONSTRAINT "FK_31dfd8e4b54e25fbce84ccccdb3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "closing_test_attempt" DROP CONSTRAINT "FK_58eb0f7cd4c4a12e8551a2aa3d4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_time_slot" DROP CONSTRAINT "FK_51e585c105f8a0694822d81b491"`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_time_slot" DROP CONSTRAINT "FK_0b57172d5847499f8e57839647f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate" DROP CONSTRAINT "FK_7d3d4f5d7b3efd097d49fce17b7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate" DROP CONSTRAINT "FK_88977bc339155e25ec30c68a9b3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_accreditation" DROP CONSTRAINT "FK_2477aa10e3e3fb9309e740aece7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_accreditation" DROP CONSTRAINT "FK_536ddae2c76e3470e83a4b50d43"`,
    );
    await queryRunner.query(`ALTER TABLE "learning_module" DROP COLUMN "closing_test"`);
    await queryRunner.query(`ALTER TABLE "learning_module" DROP COLUMN "colophon_html"`);
    await queryRunner.query(`ALTER TABLE "learning_module" DROP COLUMN "sources"`);
    await queryRunner.query(`ALTER TABLE "learning_module" DROP COLUMN "study_load_note"`);
    await queryRunner.query(`ALTER TABLE "learning_module" DROP COLUMN "study_load_minutes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_148571f88ee30618af7a658fb3"`);
    await queryRunner.query(`DROP TABLE "closing_test_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d3629e17619809d868fd7bd61d"`);
    await queryRunner.query(`DROP TABLE "learning_time_slot"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a619152c13653796f0e65105b4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_60a9e298400a26898d775085a9"`);
    await queryRunner.query(`DROP TABLE "certificate"`);
    await queryRunner.query(`DROP TABLE "module_accreditation"`);
  }
}
