import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SingleSignOn1796635776313 implements MigrationInterface {
  name = 'SingleSignOn1796635776313';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sso_connection" ("organisation_id" uuid NOT NULL, "issuer" character varying(500) NOT NULL, "client_id" character varying(200) NOT NULL, "client_secret" character varying(2000) NOT NULL, "tenant_id" character varying(64), "required" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7168731b217ab67569c34f36f50" PRIMARY KEY ("organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sso_domain" ("domain" character varying(253) NOT NULL, "organisation_id" uuid NOT NULL, "verification_token" character varying(64) NOT NULL, "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bedfcfa25bdf64cb22d38ad3da3" PRIMARY KEY ("domain"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a54d78b0df131ab8ef0e9a72c6" ON "sso_domain"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sso_identity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "issuer" character varying(500) NOT NULL, "subject" character varying(255) NOT NULL, "email" character varying(254) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_sign_in_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_86578878ea37918c6bd482712aa" UNIQUE ("issuer", "subject"), CONSTRAINT "PK_db3de767ebaf969f33f59a5196b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_64b30884088c3c4e7a720fbff0" ON "sso_identity"  ("user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "user_session" ADD "sso_organisation_id" uuid`);
    // Whoever used an invitation or password-reset link before this showed the address is theirs.
    await queryRunner.query(
      `UPDATE "app_user" u SET "email_verified_at" = proof.at FROM (
         SELECT i."email", min(i."accepted_at") AS at FROM "invitation" i
         WHERE i."accepted_at" IS NOT NULL GROUP BY i."email"
       ) proof WHERE proof."email" = u."email"`,
    );
    await queryRunner.query(
      `UPDATE "app_user" u SET "email_verified_at" = proof.at FROM (
         SELECT r."user_id", min(r."used_at") AS at FROM "password_reset" r
         WHERE r."used_at" IS NOT NULL GROUP BY r."user_id"
       ) proof WHERE proof."user_id" = u."id" AND u."email_verified_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_connection" ADD CONSTRAINT "FK_7168731b217ab67569c34f36f50" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_domain" ADD CONSTRAINT "FK_a54d78b0df131ab8ef0e9a72c6a" FOREIGN KEY ("organisation_id") REFERENCES "sso_connection"("organisation_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_identity" ADD CONSTRAINT "FK_64b30884088c3c4e7a720fbff09" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_identity" ADD CONSTRAINT "FK_f23faafb2b35e0d9d48329edbca" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "sso_identity" DROP CONSTRAINT "FK_f23faafb2b35e0d9d48329edbca"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_identity" DROP CONSTRAINT "FK_64b30884088c3c4e7a720fbff09"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_domain" DROP CONSTRAINT "FK_a54d78b0df131ab8ef0e9a72c6a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_connection" DROP CONSTRAINT "FK_7168731b217ab67569c34f36f50"`,
    );
    await queryRunner.query(`ALTER TABLE "user_session" DROP COLUMN "sso_organisation_id"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "email_verified_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_64b30884088c3c4e7a720fbff0"`);
    await queryRunner.query(`DROP TABLE "sso_identity"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a54d78b0df131ab8ef0e9a72c6"`);
    await queryRunner.query(`DROP TABLE "sso_domain"`);
    await queryRunner.query(`DROP TABLE "sso_connection"`);
  }
}
