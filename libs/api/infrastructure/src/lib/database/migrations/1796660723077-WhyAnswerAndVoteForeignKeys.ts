import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Answers and votes go with their why-question: the foreign key on the column that is filled. */
export class WhyAnswerAndVoteForeignKeys1796660723077 implements MigrationInterface {
  name = 'WhyAnswerAndVoteForeignKeys1796660723077';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "why_answer" DROP CONSTRAINT "FK_cba3f98c4a037f6213ca4bbf0e2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_vote" DROP CONSTRAINT "FK_3bd1fd36776143238e604bd3886"`,
    );
    await queryRunner.query(`ALTER TABLE "why_answer" DROP COLUMN "why_question_id"`);
    await queryRunner.query(`ALTER TABLE "why_vote" DROP COLUMN "why_question_id"`);
    // question_id had no foreign key: answers and votes of a question that is gone (its team
    // removed) were left behind. They belong to nothing; the constraint below needs them gone.
    await queryRunner.query(
      `DELETE FROM "why_answer" a WHERE NOT EXISTS (SELECT 1 FROM "why_question" q WHERE q."id" = a."question_id")`,
    );
    await queryRunner.query(
      `DELETE FROM "why_vote" v WHERE NOT EXISTS (SELECT 1 FROM "why_question" q WHERE q."id" = v."question_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_answer" ADD CONSTRAINT "FK_8b9591a7928b68c930a1ab5eea1" FOREIGN KEY ("question_id") REFERENCES "why_question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_vote" ADD CONSTRAINT "FK_e1d49eb337206aff2acf279300d" FOREIGN KEY ("question_id") REFERENCES "why_question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "why_vote" DROP CONSTRAINT "FK_e1d49eb337206aff2acf279300d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_answer" DROP CONSTRAINT "FK_8b9591a7928b68c930a1ab5eea1"`,
    );
    await queryRunner.query(`ALTER TABLE "why_vote" ADD "why_question_id" uuid`);
    await queryRunner.query(`ALTER TABLE "why_answer" ADD "why_question_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "why_vote" ADD CONSTRAINT "FK_3bd1fd36776143238e604bd3886" FOREIGN KEY ("why_question_id") REFERENCES "why_question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "why_answer" ADD CONSTRAINT "FK_cba3f98c4a037f6213ca4bbf0e2" FOREIGN KEY ("why_question_id") REFERENCES "why_question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }
}
