import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TeamCards1796585567099 implements MigrationInterface {
  name = 'TeamCards1796585567099';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "team_card" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "team_id" uuid NOT NULL, "slug" character varying(80) NOT NULL, "author_id" uuid, "title" character varying(80) NOT NULL, "question" text NOT NULL, "task" text, "theme" character varying(20) NOT NULL, "moments" jsonb NOT NULL, "status" character varying(16) NOT NULL, "approved_by_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "privacy_findings" jsonb, "privacy_confirmed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5b07f04df481d261e0f3356670a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d937c711de561d0a3dd60ee79b" ON "team_card"  ("slug") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_84201617b3fc75b1668d059e61" ON "team_card"  ("team_id", "status") `,
    );
    await queryRunner.query(
      `ALTER TABLE "team_card" ADD CONSTRAINT "FK_30761bb79536728fabcb5c0463d" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_card" ADD CONSTRAINT "FK_85ebb6f0d22ee2290b44f656d88" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "team_card" DROP CONSTRAINT "FK_85ebb6f0d22ee2290b44f656d88"`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_card" DROP CONSTRAINT "FK_30761bb79536728fabcb5c0463d"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_84201617b3fc75b1668d059e61"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d937c711de561d0a3dd60ee79b"`);
    await queryRunner.query(`DROP TABLE "team_card"`);
  }
}
