import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RegisterLock1796628126560 implements MigrationInterface {
  name = 'RegisterLock1796628126560';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "training_session" ADD "register_locked_at" TIMESTAMP WITH TIME ZONE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training_session" DROP COLUMN "register_locked_at"`);
  }
}
