import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainingSessionCancellation1796614974839 implements MigrationInterface {
  name = 'TrainingSessionCancellation1796614974839';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "training_session" ADD "cancelled_at" TIMESTAMP WITH TIME ZONE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training_session" DROP COLUMN "cancelled_at"`);
  }
}
