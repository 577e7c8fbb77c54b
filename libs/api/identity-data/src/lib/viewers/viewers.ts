import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { SearchViewer, TodayViewer } from '@leerruimte/api-core';
import { selectRow, selectRows } from '@leerruimte/api-infrastructure';
import { roles } from '@leerruimte/shared-contracts';

/**
 * Who asks, read by identity for the domains that show a person their own things: search and
 * Vandaag call these instead of reading memberships and accounts themselves.
 */

const memberTeamRow = z.object({ teamId: z.string(), teamName: z.string() });

/** The teams a person is a member of, by name. An organisation admin's teams are not among them. */
export async function teamsOfMember(
  dataSource: DataSource,
  userId: string,
): Promise<SearchViewer['teams']> {
  return selectRows(
    dataSource,
    memberTeamRow,
    `SELECT t.id AS "teamId", t.name AS "teamName"
       FROM team_membership tm JOIN team t ON t.id = tm.team_id
      WHERE tm.user_id = $1
      ORDER BY t.name, t.id`,
    [userId],
  );
}

const todayViewerRow = z.object({
  platformAdmin: z.boolean(),
  teams: z.array(
    z.object({
      teamId: z.string(),
      teamName: z.string(),
      organisationId: z.string(),
      role: z.enum(roles),
    }),
  ),
  administers: z.array(z.object({ organisationId: z.string(), organisationName: z.string() })),
});

/**
 * A person's teams with their role, and the admin rights that count, in one statement. As in
 * the AccessPolicy, organisation and platform admin rights count only with two-factor
 * authentication on; team roles count without it.
 */
export async function todayViewer(dataSource: DataSource, userId: string): Promise<TodayViewer> {
  const row = await selectRow(
    dataSource,
    todayViewerRow,
    `SELECT u.platform_admin AND u.two_factor_enabled_at IS NOT NULL AS "platformAdmin",
            coalesce((SELECT json_agg(json_build_object(
                               'teamId', t.id, 'teamName', t.name,
                               'organisationId', t.organisation_id, 'role', tm.role)
                               ORDER BY t.name, t.id)
                        FROM team_membership tm JOIN team t ON t.id = tm.team_id
                       WHERE tm.user_id = u.id), '[]') AS teams,
            coalesce((SELECT json_agg(json_build_object(
                               'organisationId', o.id, 'organisationName', o.name)
                               ORDER BY o.name, o.id)
                        FROM organisation_admin oa JOIN organisation o ON o.id = oa.organisation_id
                       WHERE oa.user_id = u.id AND u.two_factor_enabled_at IS NOT NULL), '[]')
              AS administers
       FROM app_user u WHERE u.id = $1`,
    [userId],
  );
  return row ? { userId, ...row } : { userId, teams: [], administers: [], platformAdmin: false };
}
