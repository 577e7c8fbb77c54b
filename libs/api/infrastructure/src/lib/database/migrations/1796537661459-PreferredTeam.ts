import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PreferredTeam1796537661459 implements MigrationInterface {
  name = 'PreferredTeam1796537661459';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "preferred_team_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_3e8441c3a725289233805ae9ebe" FOREIGN KEY ("preferred_team_id") REFERENCES "team"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "app_user" DROP CONSTRAINT "FK_3e8441c3a725289233805ae9ebe"`,
    );
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "preferred_team_id"`);
  }
}
