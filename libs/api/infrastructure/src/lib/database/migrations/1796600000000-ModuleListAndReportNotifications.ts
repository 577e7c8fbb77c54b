import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The module lists and report headers each API process holds (NotifiedCache) are forgotten
 * when what they are made of changes: a NOTIFY at commit on `leerruimte_learning` with the
 * person whose progress changed, on `leerruimte_reports` with the organisation whose teams or
 * report setting changed, or `*` on either when the content or the rollup changed.
 */
export class ModuleListAndReportNotifications1796600000000 implements MigrationInterface {
  name = 'ModuleListAndReportNotifications1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // TG_ARGV[0]: the channel; TG_ARGV[1]: the column with the owner's id, or '*' for every owner.
    await queryRunner.query(`
      CREATE FUNCTION notify_owner_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_LEVEL = 'STATEMENT' OR TG_ARGV[1] = '*' THEN
          PERFORM pg_notify(TG_ARGV[0], '*');
          RETURN NULL;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM pg_notify(TG_ARGV[0], to_jsonb(OLD) ->> TG_ARGV[1]);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM pg_notify(TG_ARGV[0], to_jsonb(NEW) ->> TG_ARGV[1]);
        END IF;
        RETURN NULL;
      END
      $$`);
    for (const { table, events, channel, owner } of triggers) {
      const level = owner === '*' ? 'STATEMENT' : 'ROW';
      await queryRunner.query(
        `CREATE TRIGGER ${table}_notify_${channel} AFTER ${events} ON ${table}
           FOR EACH ${level} EXECUTE FUNCTION notify_owner_changed('leerruimte_${channel}', '${owner}')`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_emptied_${channel} AFTER TRUNCATE ON ${table}
           FOR EACH STATEMENT EXECUTE FUNCTION notify_owner_changed('leerruimte_${channel}', '*')`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, channel } of triggers) {
      await queryRunner.query(`DROP TRIGGER ${table}_emptied_${channel} ON ${table}`);
      await queryRunner.query(`DROP TRIGGER ${table}_notify_${channel} ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION notify_owner_changed()`);
  }
}

/**
 * Table, the changes that matter (not the time a module was last opened, say), the channel, and
 * the owner's column, or '*' when a change concerns everyone (one NOTIFY per statement then).
 */
const triggers: { table: string; events: string; channel: string; owner: string }[] = [
  {
    table: 'lesson_completion',
    events: 'INSERT OR DELETE OR UPDATE',
    channel: 'learning',
    owner: 'user_id',
  },
  {
    table: 'module_enrolment',
    events: 'INSERT OR DELETE OR UPDATE OF user_id, module_id, last_lesson_id, completed_at',
    channel: 'learning',
    owner: 'user_id',
  },
  {
    table: 'learning_module',
    events: 'INSERT OR DELETE OR UPDATE',
    channel: 'learning',
    owner: '*',
  },
  { table: 'lesson', events: 'INSERT OR DELETE OR UPDATE', channel: 'learning', owner: '*' },
  {
    table: 'team',
    events: 'INSERT OR DELETE OR UPDATE OF name, organisation_id',
    channel: 'reports',
    owner: 'organisation_id',
  },
  { table: 'organisation', events: 'DELETE OR UPDATE OF name', channel: 'reports', owner: 'id' },
  {
    table: 'organisation_report_settings',
    events: 'INSERT OR DELETE OR UPDATE',
    channel: 'reports',
    owner: 'organisation_id',
  },
  {
    table: 'reporting_month',
    events: 'INSERT OR DELETE OR UPDATE',
    channel: 'reports',
    owner: '*',
  },
];
