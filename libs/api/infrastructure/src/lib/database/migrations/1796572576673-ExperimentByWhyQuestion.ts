import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ExperimentByWhyQuestion1796572576673 implements MigrationInterface {
  name = 'ExperimentByWhyQuestion1796572576673';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_7b35c9c3e9f4330a29e054dcbe" ON "experiment"  ("why_question_id", "created_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_7b35c9c3e9f4330a29e054dcbe"`);
  }
}
