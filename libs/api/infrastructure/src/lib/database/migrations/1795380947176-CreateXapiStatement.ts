import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateXapiStatement1795380947176 implements MigrationInterface {
  name = 'CreateXapiStatement1795380947176';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "xapi_statement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "verb" character varying(200) NOT NULL, "object_id" character varying(500) NOT NULL, "object_type" character varying(200) NOT NULL, "object_name" character varying(200) NOT NULL, "result" jsonb, "timestamp" TIMESTAMP WITH TIME ZONE NOT NULL, "forwarded_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9bfc5bbeb2c14036fc00b185551" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_22a70b8e102650b40d32715160" ON "xapi_statement"  ("user_id", "timestamp") `,
    );
    await queryRunner.query(
      `ALTER TABLE "xapi_statement" ADD CONSTRAINT "FK_1e404767d0e1bb3b116cb1826d5" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "xapi_statement" DROP CONSTRAINT "FK_1e404767d0e1bb3b116cb1826d5"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_22a70b8e102650b40d32715160"`);
    await queryRunner.query(`DROP TABLE "xapi_statement"`);
  }
}
