import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainingFollowUp1796658551339 implements MigrationInterface {
  name = 'TrainingFollowUp1796658551339';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training" ADD "follow_up_question" text`);
    await queryRunner.query(`ALTER TABLE "training" ADD "follow_up_days" integer`);
    await queryRunner.query(`ALTER TABLE "training" ADD "follow_up_privacy_findings" jsonb`);
    await queryRunner.query(
      `ALTER TABLE "training" ADD "follow_up_privacy_confirmed_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "reflection_moment" ADD "training_id" uuid`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_e923979ed7b6fb36b0fcc92e90" ON "reflection_moment"  ("training_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "training" ADD CONSTRAINT "CHK_training_follow_up" CHECK (("follow_up_question" IS NULL) = ("follow_up_days" IS NULL) AND "follow_up_days" >= 2)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training" DROP CONSTRAINT "CHK_training_follow_up"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e923979ed7b6fb36b0fcc92e90"`);
    await queryRunner.query(`ALTER TABLE "reflection_moment" DROP COLUMN "training_id"`);
    await queryRunner.query(`ALTER TABLE "training" DROP COLUMN "follow_up_privacy_confirmed_at"`);
    await queryRunner.query(`ALTER TABLE "training" DROP COLUMN "follow_up_privacy_findings"`);
    await queryRunner.query(`ALTER TABLE "training" DROP COLUMN "follow_up_days"`);
    await queryRunner.query(`ALTER TABLE "training" DROP COLUMN "follow_up_question"`);
  }
}
