import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainingApproval1796652720651 implements MigrationInterface {
  name = 'TrainingApproval1796652720651';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "training" ADD "requires_approval" boolean NOT NULL DEFAULT false`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training" DROP COLUMN "requires_approval"`);
  }
}
