import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Werkbegeleiding1796617475435 implements MigrationInterface {
  name = 'Werkbegeleiding1796617475435';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "werkbegeleiding" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "held_on" date NOT NULL, "minutes" integer NOT NULL, "supervisor" character varying(120) NOT NULL, "topic" character varying(200) NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_werkbegeleiding_minutes" CHECK ("minutes" BETWEEN 5 AND 600), CONSTRAINT "PK_2cd0fa5674042ec67e41575675d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c8d7c4fcdd6c75a76415e7b43d" ON "werkbegeleiding"  ("user_id", "held_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "werkbegeleiding" ADD CONSTRAINT "FK_93c531349404d9af8a7ccbaf7aa" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "werkbegeleiding" DROP CONSTRAINT "FK_93c531349404d9af8a7ccbaf7aa"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_c8d7c4fcdd6c75a76415e7b43d"`);
    await queryRunner.query(`DROP TABLE "werkbegeleiding"`);
  }
}
