import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TeamPrivacyAllowances1796576314159 implements MigrationInterface {
  name = 'TeamPrivacyAllowances1796576314159';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "team_privacy_allowance" ("team_id" uuid NOT NULL, "fragment" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b41abead688c507cb2096e37a6c" PRIMARY KEY ("team_id", "fragment"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_privacy_allowance" ADD CONSTRAINT "FK_6fda39533f4b3579df0d1acf525" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "team_privacy_allowance" DROP CONSTRAINT "FK_6fda39533f4b3579df0d1acf525"`,
    );
    await queryRunner.query(`DROP TABLE "team_privacy_allowance"`);
  }
}
