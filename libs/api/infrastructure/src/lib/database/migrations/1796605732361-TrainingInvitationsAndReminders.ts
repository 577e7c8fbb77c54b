import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainingInvitationsAndReminders1796605732361 implements MigrationInterface {
  name = 'TrainingInvitationsAndReminders1796605732361';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD "calendar" jsonb`);
    await queryRunner.query(
      `ALTER TABLE "training_enrolment" ADD "reminded_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_enrolment" ADD "invitation_sequence" integer NOT NULL DEFAULT '0'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training_enrolment" DROP COLUMN "invitation_sequence"`);
    await queryRunner.query(`ALTER TABLE "training_enrolment" DROP COLUMN "reminded_at"`);
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "calendar"`);
  }
}
