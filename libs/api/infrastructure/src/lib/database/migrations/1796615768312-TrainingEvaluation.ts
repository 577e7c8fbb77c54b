import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainingEvaluation1796615768312 implements MigrationInterface {
  name = 'TrainingEvaluation1796615768312';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "training_evaluation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "scores" jsonb NOT NULL, CONSTRAINT "PK_f117e5861a945a7e3c3cd18f7df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3637296c41bb3c43b06064fb4b" ON "training_evaluation"  ("session_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "training_enrolment" ADD "evaluated" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_evaluation" ADD CONSTRAINT "FK_3637296c41bb3c43b06064fb4ba" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "training_evaluation" DROP CONSTRAINT "FK_3637296c41bb3c43b06064fb4ba"`,
    );
    await queryRunner.query(`ALTER TABLE "training_enrolment" DROP COLUMN "evaluated"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3637296c41bb3c43b06064fb4b"`);
    await queryRunner.query(`DROP TABLE "training_evaluation"`);
  }
}
