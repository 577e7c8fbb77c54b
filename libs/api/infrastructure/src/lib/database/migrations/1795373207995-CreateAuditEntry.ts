import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditEntry1795373207995 implements MigrationInterface {
  name = 'CreateAuditEntry1795373207995';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid, "actor_id" uuid, "action" character varying(60) NOT NULL, "target_user_id" uuid, "team_id" uuid, "details" jsonb NOT NULL DEFAULT '{}', "ip" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b7ff19ee62149b804f697e8573" ON "audit_entry"  ("organisation_id", "created_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_b7ff19ee62149b804f697e8573"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
  }
}
