import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddJournalPrivacyConfirmation1795382139626 implements MigrationInterface {
  name = 'AddJournalPrivacyConfirmation1795382139626';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "journal_entry" ADD "privacy_confirmed_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "journal_entry" ADD "privacy_findings" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "journal_entry" DROP COLUMN "privacy_findings"`);
    await queryRunner.query(`ALTER TABLE "journal_entry" DROP COLUMN "privacy_confirmed_at"`);
  }
}
