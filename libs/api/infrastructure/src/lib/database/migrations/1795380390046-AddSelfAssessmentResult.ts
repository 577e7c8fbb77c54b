import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSelfAssessmentResult1795380390046 implements MigrationInterface {
  name = 'AddSelfAssessmentResult1795380390046';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "self_assessment_result" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "lesson_id" uuid NOT NULL, "block_id" character varying(80) NOT NULL, "scores" jsonb NOT NULL, "dimensions" jsonb NOT NULL, "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b7f68259c0680faa57929fcf0c2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1254420f169337eec9e8076934" ON "self_assessment_result"  ("user_id", "lesson_id", "block_id", "taken_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "self_assessment_result" ADD CONSTRAINT "FK_592a87b310c9c037c22f95051e2" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "self_assessment_result" ADD CONSTRAINT "FK_202c982bb27e6239b21e7ac580e" FOREIGN KEY ("lesson_id") REFERENCES "lesson"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "self_assessment_result" DROP CONSTRAINT "FK_202c982bb27e6239b21e7ac580e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "self_assessment_result" DROP CONSTRAINT "FK_592a87b310c9c037c22f95051e2"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_1254420f169337eec9e8076934"`);
    await queryRunner.query(`DROP TABLE "self_assessment_result"`);
  }
}
