import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to what the API processes hold about a person (their sessions with the grants,
 * and what /me answers) sends a NOTIFY on `leerruimte_people` at commit, with the person's id,
 * or `*` for everyone (a table emptied, an organisation renamed). Each process then forgets
 * what it holds of them (SessionCache, CurrentUserCache), whichever process or tool made the change.
 */
export class SessionCacheNotifications1796593000000 implements MigrationInterface {
  name = 'SessionCacheNotifications1796593000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // TG_ARGV[0]: the column with the person's id, or '*' for everyone.
    await queryRunner.query(`
      CREATE FUNCTION notify_person_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_LEVEL = 'STATEMENT' OR TG_ARGV[0] = '*' THEN
          PERFORM pg_notify('leerruimte_people', '*');
          RETURN NULL;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM pg_notify('leerruimte_people', to_jsonb(OLD) ->> TG_ARGV[0]);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM pg_notify('leerruimte_people', to_jsonb(NEW) ->> TG_ARGV[0]);
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION notify_team_members_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('leerruimte_people', m.user_id::text)
           FROM team_membership m WHERE m.team_id = OLD.id;
        RETURN NULL;
      END
      $$`);
    for (const [table, events, person] of triggers) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_person_changed AFTER ${events} ON ${table}
           FOR EACH ROW EXECUTE FUNCTION notify_person_changed('${person}')`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_emptied AFTER TRUNCATE ON ${table}
           FOR EACH STATEMENT EXECUTE FUNCTION notify_person_changed('*')`,
      );
    }
    // A team's new name is in every member's /me; removing the team removes its memberships.
    await queryRunner.query(
      `CREATE TRIGGER team_renamed AFTER UPDATE OF name, organisation_id ON team
         FOR EACH ROW EXECUTE FUNCTION notify_team_members_changed()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER team_renamed ON team`);
    for (const [table] of triggers) {
      await queryRunner.query(`DROP TRIGGER ${table}_emptied ON ${table}`);
      await queryRunner.query(`DROP TRIGGER ${table}_person_changed ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION notify_team_members_changed()`);
    await queryRunner.query(`DROP FUNCTION notify_person_changed()`);
  }
}

/** Table, the changes that matter (not a session's last-seen time, say), the person's column. */
const triggers: [string, string, string][] = [
  ['user_session', 'DELETE OR UPDATE OF user_id, expires_at', 'user_id'],
  [
    'app_user',
    `DELETE OR UPDATE OF email, name, locale, platform_admin, email_notifications,
       two_factor_enabled_at, preferred_team_id, register, registration_number`,
    'id',
  ],
  ['recovery_code', 'INSERT OR DELETE OR UPDATE', 'user_id'],
  ['team_membership', 'INSERT OR DELETE OR UPDATE', 'user_id'],
  ['organisation_admin', 'INSERT OR DELETE OR UPDATE', 'user_id'],
  // An organisation's name is in its members' /me: rare enough to forget everyone.
  ['organisation', 'DELETE OR UPDATE OF name', '*'],
];
