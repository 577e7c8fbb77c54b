import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A typed reflection question goes through the privacy guard; what it found is kept with it. */
export class MomentQuestionPrivacy1796580000000 implements MigrationInterface {
  name = 'MomentQuestionPrivacy1796580000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reflection_moment" ADD "privacy_findings" jsonb`);
    await queryRunner.query(
      `ALTER TABLE "reflection_moment" ADD "privacy_confirmed_at" TIMESTAMP WITH TIME ZONE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reflection_moment" DROP COLUMN "privacy_confirmed_at"`);
    await queryRunner.query(`ALTER TABLE "reflection_moment" DROP COLUMN "privacy_findings"`);
  }
}
