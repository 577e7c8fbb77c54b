import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCalendarFeed1795384482898 implements MigrationInterface {
  name = 'CreateCalendarFeed1795384482898';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendar_feed" ("user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_29b8f216ae4f5fdd5bcc8de8112" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3a0b1d1c7619ea19ff1affaaf7" ON "calendar_feed"  ("token_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_29b8f216ae4f5fdd5bcc8de8112" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "calendar_feed" DROP CONSTRAINT "FK_29b8f216ae4f5fdd5bcc8de8112"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_3a0b1d1c7619ea19ff1affaaf7"`);
    await queryRunner.query(`DROP TABLE "calendar_feed"`);
  }
}
