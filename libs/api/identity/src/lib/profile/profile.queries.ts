import { z } from 'zod';
import { type Sql, exists, selectRows } from '@leerruimte/api-infrastructure';
import { roles } from '@leerruimte/shared-contracts';

export function isTeamMember(sql: Sql, userId: string, teamId: string) {
  return exists(sql, `SELECT 1 FROM team_membership WHERE user_id = $1 AND team_id = $2`, [
    userId,
    teamId,
  ]);
}

// The export's rows keep the names the export shows them under.

export function membershipsForExport(sql: Sql, userId: string) {
  return selectRows(
    sql,
    z.object({ team: z.string(), organisation: z.string(), role: z.enum(roles), since: z.date() }),
    `SELECT t.name AS team, o.name AS organisation, m.role, m.created_at AS "since"
           FROM team_membership m JOIN team t ON t.id = m.team_id
           JOIN organisation o ON o.id = t.organisation_id WHERE m.user_id = $1`,
    [userId],
  );
}

export function organisationsManagedForExport(sql: Sql, userId: string) {
  return selectRows(
    sql,
    z.object({ organisation: z.string(), since: z.date() }),
    `SELECT o.name AS organisation, a.created_at AS "since" FROM organisation_admin a
           JOIN organisation o ON o.id = a.organisation_id WHERE a.user_id = $1`,
    [userId],
  );
}

/** The organisations' sign-in accounts linked to this person, as the provider named them. */
export function singleSignOnForExport(sql: Sql, userId: string) {
  return selectRows(
    sql,
    z.object({
      organisation: z.string(),
      issuer: z.string(),
      subject: z.string(),
      email: z.string().nullable(),
      linkedAt: z.date(),
      lastSignInAt: z.date(),
    }),
    `SELECT o.name AS organisation, i.issuer, i.subject, i.email, i.created_at AS "linkedAt",
            i.last_sign_in_at AS "lastSignInAt"
       FROM sso_identity i JOIN organisation o ON o.id = i.organisation_id
      WHERE i.user_id = $1 ORDER BY i.created_at`,
    [userId],
  );
}

const sessionRow = z.object({
  startedAt: z.date(),
  lastSeenAt: z.date(),
  expiresAt: z.date(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});

export function sessionsForExport(sql: Sql, userId: string) {
  return selectRows(
    sql,
    sessionRow,
    `SELECT created_at AS "startedAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt",
                ip, user_agent AS "userAgent" FROM user_session WHERE user_id = $1`,
    [userId],
  );
}

/** What the audit log says the person did or had done to them, oldest first. */
export function auditAboutPersonForExport(sql: Sql, userId: string) {
  return selectRows(
    sql,
    z.object({ action: z.string(), at: z.date(), details: z.record(z.string(), z.unknown()) }),
    `SELECT action, created_at AS "at", details FROM audit_entry
          WHERE actor_id = $1 OR target_user_id = $1 ORDER BY created_at`,
    [userId],
  );
}
