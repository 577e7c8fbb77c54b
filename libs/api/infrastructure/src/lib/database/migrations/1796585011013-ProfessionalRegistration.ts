import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProfessionalRegistration1796585011013 implements MigrationInterface {
  name = 'ProfessionalRegistration1796585011013';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "register" character varying(40)`);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD "registration_number" character varying(40)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "registration_number"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "register"`);
  }
}
