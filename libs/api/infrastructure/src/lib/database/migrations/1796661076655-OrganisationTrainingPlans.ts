import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganisationTrainingPlans1796661076655 implements MigrationInterface {
  name = 'OrganisationTrainingPlans1796661076655';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training" ADD "organisation_plan_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "IDX_99f17d912eb375fed9f060ad5f" ON "training"  ("organisation_plan_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_99f17d912eb375fed9f060ad5f"`);
    await queryRunner.query(`ALTER TABLE "training" DROP COLUMN "organisation_plan_id"`);
  }
}
