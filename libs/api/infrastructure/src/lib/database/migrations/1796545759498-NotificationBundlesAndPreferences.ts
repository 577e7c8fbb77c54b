import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationBundlesAndPreferences1796545759498 implements MigrationInterface {
  name = 'NotificationBundlesAndPreferences1796545759498';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "choice" character varying(16) NOT NULL, CONSTRAINT "notification_preference_choice" CHECK (choice IN ('each', 'daily_digest', 'off')), CONSTRAINT "PK_0f7529aefc65bd035491bb755bf" PRIMARY KEY ("user_id", "kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "unsubscribe_token" ("user_id" uuid NOT NULL, "token" character varying(64) NOT NULL, CONSTRAINT "UQ_c71974af0a5c6f95ca304559d8f" UNIQUE ("token"), CONSTRAINT "PK_df9f1458a4ea2767e9d8fcd270d" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD "headers" jsonb`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD "subject" character varying(200) NOT NULL DEFAULT ''`,
    );
    await queryRunner.query(`ALTER TABLE "notification" ADD "mailed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    // Earlier notifications keep their place in the history, which is ordered by this column.
    await queryRunner.query(`UPDATE "notification" SET "updated_at" = "created_at"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_206d8b889ee8e2763f832e7a58" ON "notification"  ("user_id", "subject", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_ff040d2d2e35c49b00525783829" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unsubscribe_token" ADD CONSTRAINT "FK_df9f1458a4ea2767e9d8fcd270d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "unsubscribe_token" DROP CONSTRAINT "FK_df9f1458a4ea2767e9d8fcd270d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_ff040d2d2e35c49b00525783829"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_206d8b889ee8e2763f832e7a58"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "mailed_at"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "subject"`);
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "headers"`);
    await queryRunner.query(`DROP TABLE "unsubscribe_token"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
  }
}
