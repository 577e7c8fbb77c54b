import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainingPreparationModule1796651339529 implements MigrationInterface {
  name = 'TrainingPreparationModule1796651339529';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training" ADD "preparation_module" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training" DROP COLUMN "preparation_module"`);
  }
}
