import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainerAccounts1796649814438 implements MigrationInterface {
  name = 'TrainerAccounts1796649814438';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "training_trainer" ("training_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_b6bbad66197225e51153ee915ba" PRIMARY KEY ("training_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cac37caa9ddcef3683473826c2" ON "training_trainer"  ("user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "training_trainer" ADD CONSTRAINT "FK_a27c36916e5416e074b715f6365" FOREIGN KEY ("training_id") REFERENCES "training"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_trainer" ADD CONSTRAINT "FK_cac37caa9ddcef3683473826c2f" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "training_trainer" DROP CONSTRAINT "FK_cac37caa9ddcef3683473826c2f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_trainer" DROP CONSTRAINT "FK_a27c36916e5416e074b715f6365"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_cac37caa9ddcef3683473826c2"`);
    await queryRunner.query(`DROP TABLE "training_trainer"`);
  }
}
