import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainingTemplates1796647750213 implements MigrationInterface {
  name = 'TrainingTemplates1796647750213';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "training_template" ("slug" character varying(80) NOT NULL, "title" character varying(200) NOT NULL, "summary" text NOT NULL, "source" character varying(300) NOT NULL, "preparation_module" jsonb, "sessions" jsonb NOT NULL, "guides" jsonb NOT NULL, "position" integer NOT NULL, "removed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a8fac34edc50b950a1d2ed17474" PRIMARY KEY ("slug"))`,
    );
    await queryRunner.query(`ALTER TABLE "training" ADD "template_slug" character varying(80)`);
    await queryRunner.query(`ALTER TABLE "training_session" ADD "guide" character varying(80)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training_session" DROP COLUMN "guide"`);
    await queryRunner.query(`ALTER TABLE "training" DROP COLUMN "template_slug"`);
    await queryRunner.query(`DROP TABLE "training_template"`);
  }
}
