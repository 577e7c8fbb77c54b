import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SelfCheckIn1796623692247 implements MigrationInterface {
  name = 'SelfCheckIn1796623692247';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "training_session" ADD "check_in_secret" character varying(64)`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_enrolment" ADD "checked_in_at" TIMESTAMP WITH TIME ZONE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training_enrolment" DROP COLUMN "checked_in_at"`);
    await queryRunner.query(`ALTER TABLE "training_session" DROP COLUMN "check_in_secret"`);
  }
}
