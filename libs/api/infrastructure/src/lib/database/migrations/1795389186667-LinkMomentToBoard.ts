import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LinkMomentToBoard1795389186667 implements MigrationInterface {
  name = 'LinkMomentToBoard1795389186667';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reflection_moment" ADD "experiment_id" uuid`);
    await queryRunner.query(`ALTER TABLE "reflection_moment" ADD "why_question_id" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reflection_moment" DROP COLUMN "why_question_id"`);
    await queryRunner.query(`ALTER TABLE "reflection_moment" DROP COLUMN "experiment_id"`);
  }
}
