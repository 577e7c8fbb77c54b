import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PeopleImport1796637803183 implements MigrationInterface {
  name = 'PeopleImport1796637803183';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "people_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "created_by_id" uuid NOT NULL, "file_name" character varying(200) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'previewed', "mode" character varying(16), "processed" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cb3c642c2784ecee9bb7e1242ce" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8ba0446664a2e982c686929cfe" ON "people_import"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "people_import_row" ("import_id" uuid NOT NULL, "line" integer NOT NULL, "name" character varying(200) NOT NULL, "email" character varying(320) NOT NULL, "team" character varying(200) NOT NULL, "team_id" uuid, "role" character varying(20), "status" character varying(16) NOT NULL, "problems" jsonb NOT NULL DEFAULT '[]', "duplicate_of" integer, "existing_account" boolean NOT NULL DEFAULT false, "skipped" boolean NOT NULL DEFAULT false, "outcome" character varying(16), "invitation_id" uuid, "invitation_sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_949c6c87e2b941848cf1efd9d7e" PRIMARY KEY ("import_id", "line"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "people_import" ADD CONSTRAINT "FK_8ba0446664a2e982c686929cfe3" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "people_import_row" ADD CONSTRAINT "FK_299b3c73512100099288e4db898" FOREIGN KEY ("import_id") REFERENCES "people_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "people_import_row" DROP CONSTRAINT "FK_299b3c73512100099288e4db898"`,
    );
    await queryRunner.query(
      `ALTER TABLE "people_import" DROP CONSTRAINT "FK_8ba0446664a2e982c686929cfe3"`,
    );
    await queryRunner.query(`DROP TABLE "people_import_row"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8ba0446664a2e982c686929cfe"`);
    await queryRunner.query(`DROP TABLE "people_import"`);
  }
}
