import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '@leerruimte/api-core';
import { personName, teamMemberIds } from '@leerruimte/api-identity-data';
import { membersAmong, teamContextOf, teamOwnsItem } from './team-context.queries';

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
    const row = await teamContextOf(this.dataSource, teamId, userId);
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
    return teamOwnsItem(this.dataSource, table, id, teamId);
  }

  /** Which of these ids are not members of the team. */
  async nonMembers(teamId: string, userIds: string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const found = new Set(await membersAmong(this.dataSource, teamId, userIds));
    return new Set(userIds.filter((id) => !found.has(id)));
  }

  async memberIds(teamId: string): Promise<string[]> {
    return teamMemberIds(this.dataSource, teamId);
  }

  async nameOf(userId: string): Promise<string> {
    return (await personName(this.dataSource, userId)) ?? '';
  }
}
