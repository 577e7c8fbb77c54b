import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each searched table: its generated tsvector (the same text as its entity's) and GIN index. */
const vectors = [
  {
    table: 'learning_module',
    index: 'IDX_learning_module_search',
    expression:
      "setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', summary), 'B') || setweight(to_tsvector('dutch', learning_goals), 'C')",
  },
  {
    table: 'lesson',
    index: 'IDX_lesson_search',
    expression:
      "setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', search_text), 'B')",
  },
  {
    table: 'card',
    index: 'IDX_card_search',
    expression:
      "setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', question || ' ' || coalesce(task, '')), 'B')",
  },
  {
    table: 'journal_entry',
    index: 'IDX_journal_entry_search',
    expression: "setweight(to_tsvector('dutch', answer), 'B')",
  },
  {
    table: 'why_question',
    index: 'IDX_why_question_search',
    expression:
      "setweight(to_tsvector('dutch', question), 'A') || setweight(to_tsvector('dutch', coalesce(conclusion, '')), 'B')",
  },
  {
    table: 'team_case',
    index: 'IDX_team_case_search',
    expression:
      "setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', description), 'B')",
  },
  {
    table: 'experiment',
    index: 'IDX_experiment_search',
    expression:
      "setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', situation || ' ' || intended_effect || ' ' || what_we_try || ' ' || prediction || ' ' || coalesce(learned, '')), 'B') || setweight(to_tsvector('dutch', how_we_know || ' ' || measure_name || ' ' || coalesce(compared_with_prediction, '')), 'C')",
  },
];

/** The lesson fields a reader sees, as JSON paths into its stored blocks (not the checks' feedback). */
const readerText = [
  '$[*].html',
  '$[*].question',
  '$[*].hint',
  '$[*].title',
  '$[*].introHtml',
  '$[*].prompts[*]',
  '$[*].options[*].text',
  '$[*].statements[*].text',
];

/**
 * Full-text search: generated tsvector columns with GIN indexes, and the lessons' text without
 * HTML. Written by hand: TypeORM finds a generated column's expression in its typeorm_metadata
 * table, keyed by the database's name, so the rows name the database they are in.
 */
export class Search1796545840288 implements MigrationInterface {
  name = 'Search1796545840288';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)`,
    );
    await queryRunner.query(`ALTER TABLE "lesson" ADD "search_text" text NOT NULL DEFAULT ''`);
    // Until the next content import writes it in reading order: the blocks' words, tags removed.
    await queryRunner.query(
      `UPDATE "lesson" SET "search_text" = coalesce((
         SELECT string_agg(replace(replace(replace(replace(replace(
                  regexp_replace(value #>> '{}', '<[^>]*>', ' ', 'g'),
                  '&quot;', '"'), '&#39;', ''''), '&lt;', '<'), '&gt;', '>'), '&amp;', '&'), ' ')
           FROM unnest($1::jsonpath[]) AS path, jsonb_path_query("blocks", path) AS value), '')`,
      [readerText],
    );
    for (const { table, index, expression } of vectors) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD "search_vector" tsvector GENERATED ALWAYS AS (${expression}) STORED NOT NULL`,
      );
      await queryRunner.query(
        `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), $1, 'GENERATED_COLUMN', 'search_vector', $2)`,
        [table, expression],
      );
      await queryRunner.query(`CREATE INDEX "${index}" ON "${table}" USING gin ("search_vector")`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, index } of [...vectors].reverse()) {
      await queryRunner.query(`DROP INDEX "public"."${index}"`);
      await queryRunner.query(
        `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "database" = current_database() AND "schema" = current_schema() AND "table" = $1 AND "name" = 'search_vector'`,
        [table],
      );
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "search_vector"`);
    }
    await queryRunner.query(`ALTER TABLE "lesson" DROP COLUMN "search_text"`);
  }
}
