import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSeedHistory1795370050799 implements MigrationInterface {
  name = 'CreateSeedHistory1795370050799';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "seed_history" ("name" character varying(200) NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_seed_history" PRIMARY KEY ("name"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "seed_history"`);
  }
}
