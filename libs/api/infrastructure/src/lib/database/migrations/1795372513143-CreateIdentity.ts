import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentity1795372513143 implements MigrationInterface {
  name = 'CreateIdentity1795372513143';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "password_hash" character varying(200) NOT NULL, "locale" character varying(2) NOT NULL DEFAULT 'nl', "platform_admin" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user"  ("email") `,
    );
    await queryRunner.query(
      `CREATE TABLE "user_session" ("token_hash" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ip" character varying(64), "user_agent" character varying(300), CONSTRAINT "PK_9ccf6d901cef4067214284f327e" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_13275383dcdf095ee29f2b3455" ON "user_session"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "minimum_group_size" smallint NOT NULL DEFAULT '5', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "team" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f57d8293406df4af348402e4b74" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a918eb882fc4af06f3e99cddc3" ON "team"  ("organisation_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "team_membership" ("user_id" uuid NOT NULL, "team_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7c9b58ff793d53a2b4482238152" PRIMARY KEY ("user_id", "team_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_91c8aa3bf9a3a7a3918fcea43a" ON "team_membership"  ("team_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organisation_admin" ("user_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ecb9c7500bf1e821a843aeab092" PRIMARY KEY ("user_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1cb7bc49e488792f06dcd38ad3" ON "organisation_admin"  ("organisation_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "user_session" ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team" ADD CONSTRAINT "FK_f86f7d0f12e5ce185e6813b040d" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_membership" ADD CONSTRAINT "FK_59a1695bd2bff4ea225cc211dac" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_membership" ADD CONSTRAINT "FK_91c8aa3bf9a3a7a3918fcea43a0" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_admin" ADD CONSTRAINT "FK_60743be70c2d60f5cc9fb0aef21" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_admin" ADD CONSTRAINT "FK_1cb7bc49e488792f06dcd38ad32" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisation_admin" DROP CONSTRAINT "FK_1cb7bc49e488792f06dcd38ad32"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_admin" DROP CONSTRAINT "FK_60743be70c2d60f5cc9fb0aef21"`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_membership" DROP CONSTRAINT "FK_91c8aa3bf9a3a7a3918fcea43a0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_membership" DROP CONSTRAINT "FK_59a1695bd2bff4ea225cc211dac"`,
    );
    await queryRunner.query(`ALTER TABLE "team" DROP CONSTRAINT "FK_f86f7d0f12e5ce185e6813b040d"`);
    await queryRunner.query(
      `ALTER TABLE "user_session" DROP CONSTRAINT "FK_13275383dcdf095ee29f2b3455a"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_1cb7bc49e488792f06dcd38ad3"`);
    await queryRunner.query(`DROP TABLE "organisation_admin"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_91c8aa3bf9a3a7a3918fcea43a"`);
    await queryRunner.query(`DROP TABLE "team_membership"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a918eb882fc4af06f3e99cddc3"`);
    await queryRunner.query(`DROP TABLE "team"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_13275383dcdf095ee29f2b3455"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3fa909d0e37c531ebc23770339"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
  }
}
