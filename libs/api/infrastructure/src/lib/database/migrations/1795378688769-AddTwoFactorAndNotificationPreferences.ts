import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTwoFactorAndNotificationPreferences1795378688769 implements MigrationInterface {
  name = 'AddTwoFactorAndNotificationPreferences1795378688769';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "recovery_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" character varying(64) NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b7f1e23329e93a80e25fd281922" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f5c95d9ca2047afa670093e202" ON "recovery_code"  ("user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD "email_notifications" character varying(16) NOT NULL DEFAULT 'each'`,
    );
    await queryRunner.query(`ALTER TABLE "app_user" ADD "totp_secret" character varying(64)`);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD "totp_pending_secret" character varying(64)`,
    );
    await queryRunner.query(`ALTER TABLE "app_user" ADD "totp_last_step" bigint`);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD "two_factor_enabled_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "email_notifications_choice" CHECK (email_notifications IN ('each', 'daily_digest', 'off'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "recovery_code" ADD CONSTRAINT "FK_f5c95d9ca2047afa670093e2028" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "recovery_code" DROP CONSTRAINT "FK_f5c95d9ca2047afa670093e2028"`,
    );
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "email_notifications_choice"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "two_factor_enabled_at"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "totp_last_step"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "totp_pending_secret"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "totp_secret"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "email_notifications"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f5c95d9ca2047afa670093e202"`);
    await queryRunner.query(`DROP TABLE "recovery_code"`);
  }
}
