import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReflectionMoments1795382573156 implements MigrationInterface {
  name = 'CreateReflectionMoments1795382573156';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reflection_moment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "team_id" uuid NOT NULL, "created_by_id" uuid, "question" text NOT NULL, "card_slug" character varying(80), "module_slug" character varying(80), "member_ids" uuid array, "schedule" jsonb NOT NULL, "open_days" integer NOT NULL, "reminder_days" integer array NOT NULL, "status" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a42c3df0f9adef37a1919bc73d4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4af5d5b16fa73f55d79f4ce106" ON "reflection_moment"  ("team_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reflection_occurrence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "moment_id" uuid NOT NULL, "planned_at" TIMESTAMP WITH TIME ZONE NOT NULL, "delivered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "question" text NOT NULL, CONSTRAINT "UQ_83408eccce4838fb165f26242d1" UNIQUE ("moment_id", "planned_at"), CONSTRAINT "PK_bebd2153561668d3e4ebd21fa39" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "reflection_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurrence_id" uuid NOT NULL, "user_id" uuid NOT NULL, "channel" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ef122269f67721a731a6566edbd" UNIQUE ("occurrence_id", "user_id", "channel"), CONSTRAINT "PK_a76e96edc12e1018c7a4f4cb19b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fcdad852d5a21e14dcc53f0e8f" ON "reflection_delivery"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reflection_answer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurrence_id" uuid NOT NULL, "user_id" uuid NOT NULL, "answer" text NOT NULL, "shared" boolean NOT NULL DEFAULT false, "privacy_confirmed_at" TIMESTAMP WITH TIME ZONE, "privacy_findings" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_f8e16ab86d64b04677f6a04b2ea" UNIQUE ("occurrence_id", "user_id"), CONSTRAINT "PK_900459887361aba9dd7618c8168" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "reflection_moment" ADD CONSTRAINT "FK_5ba1faffd75e5a34c37e245a15d" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reflection_moment" ADD CONSTRAINT "FK_5cffbeae06a2e3133042b1e9939" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reflection_occurrence" ADD CONSTRAINT "FK_ad8f05e33dd264f175b92233838" FOREIGN KEY ("moment_id") REFERENCES "reflection_moment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reflection_delivery" ADD CONSTRAINT "FK_5a77227d85d81abe96363e62085" FOREIGN KEY ("occurrence_id") REFERENCES "reflection_occurrence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reflection_delivery" ADD CONSTRAINT "FK_fcdad852d5a21e14dcc53f0e8f6" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reflection_answer" ADD CONSTRAINT "FK_100eb988f25e50b41c7388e527c" FOREIGN KEY ("occurrence_id") REFERENCES "reflection_occurrence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reflection_answer" ADD CONSTRAINT "FK_2edaab8c774d9f6e22af0e6e149" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "reflection_answer" DROP CONSTRAINT "FK_2edaab8c774d9f6e22af0e6e149"`,
    );
    await queryRunner.query(
      `ALTER TABLE "reflection_answer" DROP CONSTRAINT "FK_100eb988f25e50b41c7388e527c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "reflection_delivery" DROP CONSTRAINT "FK_fcdad852d5a21e14dcc53f0e8f6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "reflection_delivery" DROP CONSTRAINT "FK_5a77227d85d81abe96363e62085"`,
    );
    await queryRunner.query(
      `ALTER TABLE "reflection_occurrence" DROP CONSTRAINT "FK_ad8f05e33dd264f175b92233838"`,
    );
    await queryRunner.query(
      `ALTER TABLE "reflection_moment" DROP CONSTRAINT "FK_5cffbeae06a2e3133042b1e9939"`,
    );
    await queryRunner.query(
      `ALTER TABLE "reflection_moment" DROP CONSTRAINT "FK_5ba1faffd75e5a34c37e245a15d"`,
    );
    await queryRunner.query(`DROP TABLE "reflection_answer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fcdad852d5a21e14dcc53f0e8f"`);
    await queryRunner.query(`DROP TABLE "reflection_delivery"`);
    await queryRunner.query(`DROP TABLE "reflection_occurrence"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4af5d5b16fa73f55d79f4ce106"`);
    await queryRunner.query(`DROP TABLE "reflection_moment"`);
  }
}
