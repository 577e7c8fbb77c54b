import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainingSelfEnrolment1796617067605 implements MigrationInterface {
  name = 'TrainingSelfEnrolment1796617067605';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "training" ADD "self_enrolment" boolean NOT NULL DEFAULT true`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training" DROP COLUMN "self_enrolment"`);
  }
}
