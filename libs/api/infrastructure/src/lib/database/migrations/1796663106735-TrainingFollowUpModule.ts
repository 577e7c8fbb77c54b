import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainingFollowUpModule1796663106735 implements MigrationInterface {
  name = 'TrainingFollowUpModule1796663106735';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training" ADD "follow_up_module" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training" DROP COLUMN "follow_up_module"`);
  }
}
