import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxClaims1796592558464 implements MigrationInterface {
  name = 'OutboxClaims1796592558464';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "outbox_message" ADD "claimed_until" TIMESTAMP WITH TIME ZONE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "claimed_until"`);
  }
}
