import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '@leerruimte/api-core';

export interface TeamContextView {
  teamId: string;
  teamName: string;
  organisationId: string;
  isLead: boolean;
  /** Whether this person may put why-questions on the agenda and mark them discussed. */
  mayPlanDiscussion: boolean;
}

/** Who someone is in a team, as far as the board is concerned. */
@Injectable()
export class TeamContext {
  constructor(private readonly dataSource: DataSource) {}

  async of(teamId: string, userId: string): Promise<TeamContextView> {
    const [row]: Array<{
      name: string;
      organisation_id: string;
      role: string | null;
      agenda_by: string | null;
    }> = await this.dataSource.query(
      `SELECT t.name, t.organisation_id, m.role, s.agenda_by
         FROM team t
         LEFT JOIN team_membership m ON m.team_id = t.id AND m.user_id = $2
         LEFT JOIN board_settings s ON s.team_id = t.id
        WHERE t.id = $1`,
      [teamId, userId],
    );
    if (!row) throw notFound();
    const isLead = row.role === 'team_lead';
    return {
      teamId,
      teamName: row.name,
      organisationId: row.organisation_id,
      isLead,
      mayPlanDiscussion: isLead || row.agenda_by === 'members',
    };
  }

  /** Whether an item of this table belongs to the team; tables of the board only. */
  async owns(
    table: 'team_case' | 'why_question' | 'experiment',
    id: string,
    teamId: string,
  ): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM ${table} WHERE id = $1 AND team_id = $2`,
      [id, teamId],
    );
    return rows.length > 0;
  }

  /** Which of these ids are not members of the team. */
  async nonMembers(teamId: string, userIds: string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const members: Array<{ user_id: string }> = await this.dataSource.query(
      `SELECT user_id FROM team_membership WHERE team_id = $1 AND user_id = ANY($2::uuid[])`,
      [teamId, userIds],
    );
    const found = new Set(members.map((member) => member.user_id));
    return new Set(userIds.filter((id) => !found.has(id)));
  }

  async memberIds(teamId: string): Promise<string[]> {
    const members: Array<{ user_id: string }> = await this.dataSource.query(
      `SELECT user_id FROM team_membership WHERE team_id = $1`,
      [teamId],
    );
    return members.map((member) => member.user_id);
  }

  async nameOf(userId: string): Promise<string> {
    const [row]: Array<{ name: string }> = await this.dataSource.query(
      `SELECT name FROM app_user WHERE id = $1`,
      [userId],
    );
    return row?.name ?? '';
  }
}
