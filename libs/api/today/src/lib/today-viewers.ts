import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TodayViewer } from '@leerruimte/api-core';

/**
 * Reads who asks for Vandaag in one statement: their teams with their role, and the admin rights
 * that count. As in the AccessPolicy, organisation and platform admin rights count only with
 * two-factor authentication on; team roles count without it.
 */
@Injectable()
export class TodayViewers {
  constructor(private readonly dataSource: DataSource) {}

  async of(userId: string): Promise<TodayViewer> {
    const [row]: Array<Omit<TodayViewer, 'userId'>> = await this.dataSource.query(
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
}
