import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateModuleAssignment1795380617128 implements MigrationInterface {
  name = 'CreateModuleAssignment1795380617128';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "module_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "team_id" uuid NOT NULL, "module_id" uuid NOT NULL, "assigned_by_id" uuid, "due_date" date, "whole_team" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d5ac0294abb037f717b6bb69e70" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_69475d63b94f91ac551da1801f" ON "module_assignment"  ("team_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "module_assignment_member" ("assignment_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_afa4edd624e5e1d3cac588ae345" PRIMARY KEY ("assignment_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d84cb9aec29eadd6264cacb3a4" ON "module_assignment_member"  ("user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "module_assignment" ADD CONSTRAINT "FK_d16f6c45754895f6182af03a3eb" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_assignment" ADD CONSTRAINT "FK_49634026aed57bfdc3985ce9b43" FOREIGN KEY ("module_id") REFERENCES "learning_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_assignment" ADD CONSTRAINT "FK_cbf92104bd1a20157934fbe87a2" FOREIGN KEY ("assigned_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_assignment_member" ADD CONSTRAINT "FK_c4690b520af82b0fbe6943e31e4" FOREIGN KEY ("assignment_id") REFERENCES "module_assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_assignment_member" ADD CONSTRAINT "FK_d84cb9aec29eadd6264cacb3a4d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "module_assignment_member" DROP CONSTRAINT "FK_d84cb9aec29eadd6264cacb3a4d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_assignment_member" DROP CONSTRAINT "FK_c4690b520af82b0fbe6943e31e4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_assignment" DROP CONSTRAINT "FK_cbf92104bd1a20157934fbe87a2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_assignment" DROP CONSTRAINT "FK_49634026aed57bfdc3985ce9b43"`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_assignment" DROP CONSTRAINT "FK_d16f6c45754895f6182af03a3eb"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_d84cb9aec29eadd6264cacb3a4"`);
    await queryRunner.query(`DROP TABLE "module_assignment_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_69475d63b94f91ac551da1801f"`);
    await queryRunner.query(`DROP TABLE "module_assignment"`);
  }
}
