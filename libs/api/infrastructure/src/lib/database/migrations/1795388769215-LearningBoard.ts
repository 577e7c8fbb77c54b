import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LearningBoard1795388769215 implements MigrationInterface {
  name = 'LearningBoard1795388769215';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "team_case" ("team_id" uuid NOT NULL, "author_id" uuid, "privacy_findings" jsonb, "privacy_confirmed_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" text, "hidden_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "description" text NOT NULL, "theme" character varying(20), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0d7eeeff9b89ba2c060da57a3fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_511181544091ac8341c32c3937" ON "team_case"  ("team_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "case_discussion" ("team_id" uuid NOT NULL, "author_id" uuid, "privacy_findings" jsonb, "privacy_confirmed_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" text, "hidden_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "method" character varying(40) NOT NULL, "held_on" date NOT NULL, "steps" jsonb NOT NULL, "outcome" text NOT NULL, CONSTRAINT "PK_273720b2af73d30de14e5c16041" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_da00ffaef5229976a2babf7629" ON "case_discussion"  ("case_id", "held_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "why_question" ("team_id" uuid NOT NULL, "author_id" uuid, "privacy_findings" jsonb, "privacy_confirmed_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" text, "hidden_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "question" text NOT NULL, "theme" character varying(20) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'open', "case_id" uuid, "parent_id" uuid, "depth" integer NOT NULL DEFAULT '1', "on_agenda_at" TIMESTAMP WITH TIME ZONE, "conclusion" text, "discussed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1809fd480c03a31f46931f7fb68" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e21dd4e973ce2f38fee6791738" ON "why_question"  ("team_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "why_answer" ("team_id" uuid NOT NULL, "author_id" uuid, "privacy_findings" jsonb, "privacy_confirmed_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" text, "hidden_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "question_id" uuid NOT NULL, "text" text NOT NULL, "why_question_id" uuid, CONSTRAINT "PK_83f345f602eea2183b5cca2611d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_23f648a11cff947e3c0f6988e8" ON "why_answer"  ("question_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "why_vote" ("question_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "why_question_id" uuid, CONSTRAINT "PK_2c588b1b12414151eee8ddb19e0" PRIMARY KEY ("question_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "experiment" ("team_id" uuid NOT NULL, "author_id" uuid, "privacy_findings" jsonb, "privacy_confirmed_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" text, "hidden_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "theme" character varying(20), "situation" text NOT NULL, "intended_effect" text NOT NULL, "what_we_try" text NOT NULL, "prediction" text NOT NULL, "how_we_know" text NOT NULL, "measure_name" character varying(200) NOT NULL, "roles" text NOT NULL, "start_date" date, "end_date" date, "status" character varying(20) NOT NULL DEFAULT 'idea', "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "why_question_id" uuid, "case_id" uuid, "previous_experiment_id" uuid, "done_as_planned" character varying(10), "compared_with_prediction" text, "learned" text, "evaluated_by_id" uuid, "evaluated_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4f6eec215c62eec1e0fde987caf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_be2f74788b1b3862c2a3688e02" ON "experiment"  ("team_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "experiment_participant" ("experiment_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_59c5fd263d0d925e9ee82a9df10" PRIMARY KEY ("experiment_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "experiment_log_entry" ("team_id" uuid NOT NULL, "author_id" uuid, "privacy_findings" jsonb, "privacy_confirmed_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" text, "hidden_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "experiment_id" uuid NOT NULL, "observed_on" date NOT NULL, "text" text NOT NULL, CONSTRAINT "PK_a62bb6cc9d4b24f2b0d654e23a2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_82de98864dbd3f0402a5f64f56" ON "experiment_log_entry"  ("experiment_id", "observed_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "experiment_data_point" ("team_id" uuid NOT NULL, "author_id" uuid, "privacy_findings" jsonb, "privacy_confirmed_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" text, "hidden_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "experiment_id" uuid NOT NULL, "measured_on" date NOT NULL, "value" double precision NOT NULL, "note" character varying(500) NOT NULL, CONSTRAINT "PK_05de8983bb42242027f7751244f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c426d7a124e530025725cfab17" ON "experiment_data_point"  ("experiment_id", "measured_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "board_settings" ("team_id" uuid NOT NULL, "agenda_by" character varying(10) NOT NULL DEFAULT 'lead', CONSTRAINT "PK_ece56782633827cc7af88d915ef" PRIMARY KEY ("team_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_case" ADD CONSTRAINT "FK_c6f75a552e956e5a17db5cd3f25" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_case" ADD CONSTRAINT "FK_f7f9f2577714ea2d6fa4e6a2342" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_case" ADD CONSTRAINT "FK_6484440b2cfa5249de2aa4066c2" FOREIGN KEY ("hidden_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_discussion" ADD CONSTRAINT "FK_1c5b8a43350d29256dc91d61040" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_discussion" ADD CONSTRAINT "FK_185a04886e6ac56bb997198308f" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_discussion" ADD CONSTRAINT "FK_0926944dd1fb506bb124844b73d" FOREIGN KEY ("hidden_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_discussion" ADD CONSTRAINT "FK_4657697948122af9f9f673967e4" FOREIGN KEY ("case_id") REFERENCES "team_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_question" ADD CONSTRAINT "FK_8205c3479fe12b9e43061c00a6e" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_question" ADD CONSTRAINT "FK_271be6852ac31d2a728364160ca" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_question" ADD CONSTRAINT "FK_6bf7c6156cf210837e1c7423d0b" FOREIGN KEY ("hidden_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_question" ADD CONSTRAINT "FK_eaf5340c0073740327a299d3f81" FOREIGN KEY ("case_id") REFERENCES "team_case"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_question" ADD CONSTRAINT "FK_38581153fba7ee25bc9fd4a084d" FOREIGN KEY ("parent_id") REFERENCES "why_question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_answer" ADD CONSTRAINT "FK_83c5c39464f7486ebdc9cafa5d1" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_answer" ADD CONSTRAINT "FK_65560c0d1ee5b4091dee83d1843" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_answer" ADD CONSTRAINT "FK_6dba3b3a39700285dc8dbdffaf5" FOREIGN KEY ("hidden_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_answer" ADD CONSTRAINT "FK_cba3f98c4a037f6213ca4bbf0e2" FOREIGN KEY ("why_question_id") REFERENCES "why_question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_vote" ADD CONSTRAINT "FK_3bd1fd36776143238e604bd3886" FOREIGN KEY ("why_question_id") REFERENCES "why_question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_vote" ADD CONSTRAINT "FK_d1ff77e84eb1f8d309fe13cfb62" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment" ADD CONSTRAINT "FK_b4046e587ceead5544759305376" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment" ADD CONSTRAINT "FK_38da50be7c413681db38ea07083" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment" ADD CONSTRAINT "FK_94bd8c3f84f317f7e147affa6ae" FOREIGN KEY ("hidden_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment" ADD CONSTRAINT "FK_947713cb50e3c379b022deb9e08" FOREIGN KEY ("why_question_id") REFERENCES "why_question"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment" ADD CONSTRAINT "FK_f952a92746d86c92a1d68f4d37b" FOREIGN KEY ("case_id") REFERENCES "team_case"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment" ADD CONSTRAINT "FK_59012a414599f51797fada2d6a1" FOREIGN KEY ("previous_experiment_id") REFERENCES "experiment"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment" ADD CONSTRAINT "FK_f916e957777245273c6daa86c6b" FOREIGN KEY ("evaluated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment_participant" ADD CONSTRAINT "FK_e512c10cbfa8d8b18f1b7a9abaa" FOREIGN KEY ("experiment_id") REFERENCES "experiment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment_participant" ADD CONSTRAINT "FK_4eb8f66594bdfdce4cb2f2bb047" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment_log_entry" ADD CONSTRAINT "FK_4914e6653926a732f9af3b31a65" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment_log_entry" ADD CONSTRAINT "FK_ccf1ec86161a32be05b9cb8986f" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment_log_entry" ADD CONSTRAINT "FK_86125c54df7a3f0ae0fd4d8b013" FOREIGN KEY ("hidden_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment_log_entry" ADD CONSTRAINT "FK_8162e44d21a8ff2fcde6f55b7e6" FOREIGN KEY ("experiment_id") REFERENCES "experiment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment_data_point" ADD CONSTRAINT "FK_315539787d39772ba083351e800" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment_data_point" ADD CONSTRAINT "FK_0b0e4c4ac394e03511a8210f460" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment_data_point" ADD CONSTRAINT "FK_bae2878142404a718b31151703e" FOREIGN KEY ("hidden_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment_data_point" ADD CONSTRAINT "FK_b08d67973372c1966b393099bc9" FOREIGN KEY ("experiment_id") REFERENCES "experiment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "board_settings" ADD CONSTRAINT "FK_ece56782633827cc7af88d915ef" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "board_settings" DROP CONSTRAINT "FK_ece56782633827cc7af88d915ef"`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment_data_point" DROP CONSTRAINT "FK_b08d67973372c1966b393099bc9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment_data_point" DROP CONSTRAINT "FK_bae2878142404a718b31151703e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment_data_point" DROP CONSTRAINT "FK_0b0e4c4ac394e03511a8210f460"`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment_data_point" DROP CONSTRAINT "FK_315539787d39772ba083351e800"`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment_log_entry" DROP CONSTRAINT "FK_8162e44d21a8ff2fcde6f55b7e6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment_log_entry" DROP CONSTRAINT "FK_86125c54df7a3f0ae0fd4d8b013"`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment_log_entry" DROP CONSTRAINT "FK_ccf1ec86161a32be05b9cb8986f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment_log_entry" DROP CONSTRAINT "FK_4914e6653926a732f9af3b31a65"`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment_participant" DROP CONSTRAINT "FK_4eb8f66594bdfdce4cb2f2bb047"`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment_participant" DROP CONSTRAINT "FK_e512c10cbfa8d8b18f1b7a9abaa"`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment" DROP CONSTRAINT "FK_f916e957777245273c6daa86c6b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment" DROP CONSTRAINT "FK_59012a414599f51797fada2d6a1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment" DROP CONSTRAINT "FK_f952a92746d86c92a1d68f4d37b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment" DROP CONSTRAINT "FK_947713cb50e3c379b022deb9e08"`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment" DROP CONSTRAINT "FK_94bd8c3f84f317f7e147affa6ae"`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment" DROP CONSTRAINT "FK_38da50be7c413681db38ea07083"`,
    );
    await queryRunner.query(
      `ALTER TABLE "experiment" DROP CONSTRAINT "FK_b4046e587ceead5544759305376"`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_vote" DROP CONSTRAINT "FK_d1ff77e84eb1f8d309fe13cfb62"`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_vote" DROP CONSTRAINT "FK_3bd1fd36776143238e604bd3886"`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_answer" DROP CONSTRAINT "FK_cba3f98c4a037f6213ca4bbf0e2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_answer" DROP CONSTRAINT "FK_6dba3b3a39700285dc8dbdffaf5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_answer" DROP CONSTRAINT "FK_65560c0d1ee5b4091dee83d1843"`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_answer" DROP CONSTRAINT "FK_83c5c39464f7486ebdc9cafa5d1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_question" DROP CONSTRAINT "FK_38581153fba7ee25bc9fd4a084d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_question" DROP CONSTRAINT "FK_eaf5340c0073740327a299d3f81"`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_question" DROP CONSTRAINT "FK_6bf7c6156cf210837e1c7423d0b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_question" DROP CONSTRAINT "FK_271be6852ac31d2a728364160ca"`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_question" DROP CONSTRAINT "FK_8205c3479fe12b9e43061c00a6e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_discussion" DROP CONSTRAINT "FK_4657697948122af9f9f673967e4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_discussion" DROP CONSTRAINT "FK_0926944dd1fb506bb124844b73d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_discussion" DROP CONSTRAINT "FK_185a04886e6ac56bb997198308f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_discussion" DROP CONSTRAINT "FK_1c5b8a43350d29256dc91d61040"`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_case" DROP CONSTRAINT "FK_6484440b2cfa5249de2aa4066c2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_case" DROP CONSTRAINT "FK_f7f9f2577714ea2d6fa4e6a2342"`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_case" DROP CONSTRAINT "FK_c6f75a552e956e5a17db5cd3f25"`,
    );
    await queryRunner.query(`DROP TABLE "board_settings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c426d7a124e530025725cfab17"`);
    await queryRunner.query(`DROP TABLE "experiment_data_point"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_82de98864dbd3f0402a5f64f56"`);
    await queryRunner.query(`DROP TABLE "experiment_log_entry"`);
    await queryRunner.query(`DROP TABLE "experiment_participant"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_be2f74788b1b3862c2a3688e02"`);
    await queryRunner.query(`DROP TABLE "experiment"`);
    await queryRunner.query(`DROP TABLE "why_vote"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_23f648a11cff947e3c0f6988e8"`);
    await queryRunner.query(`DROP TABLE "why_answer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e21dd4e973ce2f38fee6791738"`);
    await queryRunner.query(`DROP TABLE "why_question"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_da00ffaef5229976a2babf7629"`);
    await queryRunner.query(`DROP TABLE "case_discussion"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_511181544091ac8341c32c3937"`);
    await queryRunner.query(`DROP TABLE "team_case"`);
  }
}
