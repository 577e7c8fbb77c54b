import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AssignmentReminder1796546056561 implements MigrationInterface {
  name = 'AssignmentReminder1796546056561';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "assignment_reminder" ("assignment_id" uuid NOT NULL, "user_id" uuid NOT NULL, "due_date" date NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_03d0f548e6a286bc097e602640d" PRIMARY KEY ("assignment_id", "user_id", "due_date"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_644f4305ee7e9c7e80f08532d5" ON "assignment_reminder"  ("user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_reminder" ADD CONSTRAINT "FK_10fb083ab684b4c1ab44a1626e5" FOREIGN KEY ("assignment_id") REFERENCES "module_assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_reminder" ADD CONSTRAINT "FK_644f4305ee7e9c7e80f08532d59" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "assignment_reminder" DROP CONSTRAINT "FK_644f4305ee7e9c7e80f08532d59"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_reminder" DROP CONSTRAINT "FK_10fb083ab684b4c1ab44a1626e5"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_644f4305ee7e9c7e80f08532d5"`);
    await queryRunner.query(`DROP TABLE "assignment_reminder"`);
  }
}
