import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IntervisieParticipants1796604762119 implements MigrationInterface {
  name = 'IntervisieParticipants1796604762119';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_discussion_participant" ("discussion_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_67955ddf1618c8f2911cf33663d" PRIMARY KEY ("discussion_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_16762ebbe69652852a7c2f793b" ON "case_discussion_participant"  ("user_id") `,
    );
    await queryRunner.query(`ALTER TABLE "case_discussion" ADD "minutes" integer`);
    await queryRunner.query(
      `ALTER TABLE "case_discussion_participant" ADD CONSTRAINT "FK_9c841d39ab60b60e622848b8054" FOREIGN KEY ("discussion_id") REFERENCES "case_discussion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_discussion_participant" ADD CONSTRAINT "FK_16762ebbe69652852a7c2f793b6" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "case_discussion_participant" DROP CONSTRAINT "FK_16762ebbe69652852a7c2f793b6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_discussion_participant" DROP CONSTRAINT "FK_9c841d39ab60b60e622848b8054"`,
    );
    await queryRunner.query(`ALTER TABLE "case_discussion" DROP COLUMN "minutes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_16762ebbe69652852a7c2f793b"`);
    await queryRunner.query(`DROP TABLE "case_discussion_participant"`);
  }
}
