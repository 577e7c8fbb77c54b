import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '@leerruimte/api-core';
import type {
  CreateTeamRequest,
  PrivacyAllowances,
  TeamMember,
  TeamRole,
  TeamSummary,
} from '@leerruimte/shared-contracts';
import { AuditLog } from '@leerruimte/api-identity-data';
import { Team, TeamMembership, TeamPrivacyAllowance } from '@leerruimte/api-identity-data';
import { membersOfTeam, teamsOfOrganisation } from './teams.queries';

export interface Actor {
  userId: string;
  ip: string;
}

const teamsErrors = {
  nameTaken: () =>
    new AppError(
      HttpStatus.CONFLICT,
      'team_name_taken',
      {
        nl: 'Er is in deze organisatie al een team met deze naam.',
        en: 'This organisation already has a team with this name.',
      },
      [
        {
          field: 'name',
          code: 'team_name_taken',
          text: { nl: 'Deze naam is al in gebruik.', en: 'This name is already in use.' },
        },
      ],
    ),
  memberNotFound: () =>
    new AppError(HttpStatus.NOT_FOUND, 'member_not_found', {
      nl: 'Deze persoon is geen lid van dit team.',
      en: 'This person is not a member of this team.',
    }),
};

/** An organisation admin's work on teams and their members; every change is in the audit log. */
@Injectable()
export class TeamsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async list(organisationId: string): Promise<TeamSummary[]> {
    const rows = await teamsOfOrganisation(this.dataSource, organisationId);
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      memberCount: row.member_count,
    }));
  }

  async create(
    organisationId: string,
    request: CreateTeamRequest,
    actor: Actor,
  ): Promise<TeamSummary> {
    return this.dataSource.transaction(async (manager) => {
      const taken = await manager
        .createQueryBuilder(Team, 'team')
        .where('team.organisation_id = :organisationId', { organisationId })
        .andWhere('lower(team.name) = lower(:name)', { name: request.name })
        .getExists();
      if (taken) throw teamsErrors.nameTaken();
      const team = await manager.save(Team, { organisationId, name: request.name });
      await this.audit.record(manager, {
        action: 'team.created',
        organisationId,
        actorId: actor.userId,
        teamId: team.id,
        details: { name: team.name },
        ip: actor.ip,
      });
      return { id: team.id, name: team.name, memberCount: 0 };
    });
  }

  async privacyAllowances(teamId: string): Promise<PrivacyAllowances> {
    const rows = await this.dataSource
      .getRepository(TeamPrivacyAllowance)
      .find({ where: { teamId }, order: { fragment: 'ASC' } });
    return { fragments: rows.map((row) => row.fragment) };
  }

  /** Replaces the team's list at once, so a failed save leaves the old list as it was. */
  async savePrivacyAllowances(
    teamId: string,
    request: PrivacyAllowances,
  ): Promise<PrivacyAllowances> {
    const fragments = [...new Set(request.fragments)];
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(TeamPrivacyAllowance, { teamId });
      if (fragments.length > 0) {
        await manager.insert(
          TeamPrivacyAllowance,
          fragments.map((fragment) => ({ teamId, fragment })),
        );
      }
    });
    return this.privacyAllowances(teamId);
  }

  async members(teamId: string): Promise<TeamMember[]> {
    const rows = await membersOfTeam(this.dataSource, teamId);
    return rows.map((row) => ({
      userId: row.user_id,
      name: row.name,
      email: row.email,
      role: row.role,
    }));
  }

  async changeRole(
    teamId: string,
    userId: string,
    role: TeamRole,
    actor: Actor,
  ): Promise<TeamMember> {
    await this.dataSource.transaction(async (manager) => {
      const membership = await manager.findOneBy(TeamMembership, { teamId, userId });
      if (!membership) throw teamsErrors.memberNotFound();
      if (membership.role === role) return;
      await manager.update(TeamMembership, { teamId, userId }, { role });
      await this.audit.record(manager, {
        action: 'member.role_changed',
        organisationId: await this.organisationOf(teamId),
        actorId: actor.userId,
        targetUserId: userId,
        teamId,
        details: { from: membership.role, to: role },
        ip: actor.ip,
      });
    });
    const member = (await this.members(teamId)).find((candidate) => candidate.userId === userId);
    if (!member) throw teamsErrors.memberNotFound();
    return member;
  }

  async remove(teamId: string, userId: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const membership = await manager.findOneBy(TeamMembership, { teamId, userId });
      if (!membership) throw teamsErrors.memberNotFound();
      await manager.delete(TeamMembership, { teamId, userId });
      await this.audit.record(manager, {
        action: 'member.removed',
        organisationId: await this.organisationOf(teamId),
        actorId: actor.userId,
        targetUserId: userId,
        teamId,
        details: { role: membership.role },
        ip: actor.ip,
      });
    });
  }

  private async organisationOf(teamId: string): Promise<string | null> {
    const team = await this.dataSource.getRepository(Team).findOneBy({ id: teamId });
    return team?.organisationId ?? null;
  }
}
