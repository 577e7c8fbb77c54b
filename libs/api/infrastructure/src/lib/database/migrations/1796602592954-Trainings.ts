import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Trainings1796602592954 implements MigrationInterface {
  name = 'Trainings1796602592954';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "training" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "team_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "trainers" text array NOT NULL, "register" character varying(20), "accreditation_number" character varying(40), "points" numeric(5,2), "cancel_hours_before" integer NOT NULL DEFAULT '48', "planned_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c436c96be3adf1aa439ef471427" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_967c591ab83b8640ca5c0866ea" ON "training"  ("team_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "training_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "training_id" uuid NOT NULL, "date" date NOT NULL, "start_time" TIME NOT NULL, "end_time" TIME NOT NULL, "time_zone" character varying(60) NOT NULL DEFAULT 'Europe/Amsterdam', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "break_minutes" integer NOT NULL DEFAULT '0', "place" character varying(200) NOT NULL, "online_url" character varying(500), "capacity" integer NOT NULL, "booked" integer NOT NULL DEFAULT '0', CONSTRAINT "CHK_training_session_booked" CHECK ("booked" >= 0 AND "booked" <= "capacity"), CONSTRAINT "PK_a17a9657ff5a6e048bfd82c4651" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a2c6aa96d32b2e8c590528ecaf" ON "training_session"  ("training_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "training_enrolment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "state" character varying(20) NOT NULL, "queued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attended_minutes" integer, CONSTRAINT "UQ_abffe023c39b87c6c2371f7be88" UNIQUE ("session_id", "user_id"), CONSTRAINT "PK_9ebc68e22f4412f9275200cf6f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_444431ea432623e102605e3d3b" ON "training_enrolment"  ("user_id", "state") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c685078be73dc0f3503d25a3d6" ON "training_enrolment"  ("session_id", "state", "queued_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "training_enrolment_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrolment_id" uuid NOT NULL, "state" character varying(20) NOT NULL, "by_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7ecc2aa82965403dd60ef774296" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2d1163f92f709d422fde62c4eb" ON "training_enrolment_event"  ("enrolment_id", "at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "training" ADD CONSTRAINT "FK_fd27a13877c6117865c26c6ff32" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training" ADD CONSTRAINT "FK_f14a5f821288dab6b9a1df540b1" FOREIGN KEY ("planned_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_session" ADD CONSTRAINT "FK_1aae02e18ead8406f563eee93ca" FOREIGN KEY ("training_id") REFERENCES "training"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_enrolment" ADD CONSTRAINT "FK_1822e7a288cee88637de76028a6" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_enrolment" ADD CONSTRAINT "FK_18d5167aa5b4c4313dcbfea9671" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_enrolment_event" ADD CONSTRAINT "FK_78471df678f63a25277775aafcf" FOREIGN KEY ("enrolment_id") REFERENCES "training_enrolment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_enrolment_event" ADD CONSTRAINT "FK_a8ac1d6639a52670bb3b1735f04" FOREIGN KEY ("by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "training_enrolment_event" DROP CONSTRAINT "FK_a8ac1d6639a52670bb3b1735f04"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_enrolment_event" DROP CONSTRAINT "FK_78471df678f63a25277775aafcf"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_enrolment" DROP CONSTRAINT "FK_18d5167aa5b4c4313dcbfea9671"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_enrolment" DROP CONSTRAINT "FK_1822e7a288cee88637de76028a6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_session" DROP CONSTRAINT "FK_1aae02e18ead8406f563eee93ca"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training" DROP CONSTRAINT "FK_f14a5f821288dab6b9a1df540b1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training" DROP CONSTRAINT "FK_fd27a13877c6117865c26c6ff32"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_2d1163f92f709d422fde62c4eb"`);
    await queryRunner.query(`DROP TABLE "training_enrolment_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c685078be73dc0f3503d25a3d6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_444431ea432623e102605e3d3b"`);
    await queryRunner.query(`DROP TABLE "training_enrolment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a2c6aa96d32b2e8c590528ecaf"`);
    await queryRunner.query(`DROP TABLE "training_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_967c591ab83b8640ca5c0866ea"`);
    await queryRunner.query(`DROP TABLE "training"`);
  }
}
