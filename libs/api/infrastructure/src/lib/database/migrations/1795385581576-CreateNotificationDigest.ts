import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotificationDigest1795385581576 implements MigrationInterface {
  name = 'CreateNotificationDigest1795385581576';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_digest" ("user_id" uuid NOT NULL, "sent_through" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a90a56c6325a3eb952b3394eb45" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_digest" ADD CONSTRAINT "FK_a90a56c6325a3eb952b3394eb45" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notification_digest" DROP CONSTRAINT "FK_a90a56c6325a3eb952b3394eb45"`,
    );
    await queryRunner.query(`DROP TABLE "notification_digest"`);
  }
}
