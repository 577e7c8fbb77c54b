import type { MigrationInterface, QueryRunner } from 'typeorm';

/** TOTP secrets are stored sealed (AES-256-GCM with key id, nonce and tag): longer than base32. */
export class SealedTotpSecrets1796565712707 implements MigrationInterface {
  name = 'SealedTotpSecrets1796565712707';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "app_user" ALTER COLUMN "totp_secret" TYPE character varying(200)`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ALTER COLUMN "totp_pending_secret" TYPE character varying(200)`,
    );
  }

  /** Only while no sealed secret is stored: turn two-factor authentication off first. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "app_user" ALTER COLUMN "totp_pending_secret" TYPE character varying(64)`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ALTER COLUMN "totp_secret" TYPE character varying(64)`,
    );
  }
}
