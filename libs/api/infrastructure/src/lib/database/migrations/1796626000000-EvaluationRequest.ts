import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EvaluationRequest1796626000000 implements MigrationInterface {
  name = 'EvaluationRequest1796626000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "training_enrolment" ADD "evaluation_asked_at" TIMESTAMP WITH TIME ZONE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training_enrolment" DROP COLUMN "evaluation_asked_at"`);
  }
}
