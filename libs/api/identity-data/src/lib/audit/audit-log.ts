import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditEntry as AuditEntryView } from '@leerruimte/shared-contracts';
import { AuditEntry } from './audit-entry.entity';

export interface AuditEvent {
  action: string;
  organisationId: string | null;
  actorId: string | null;
  targetUserId?: string | null;
  teamId?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
}

@Injectable()
export class AuditLog {
  constructor(private readonly dataSource: DataSource) {}

  /** Written in the caller's transaction, so the change and its record land together. */
  async record(manager: EntityManager, event: AuditEvent): Promise<void> {
    await manager.save(AuditEntry, {
      action: event.action,
      organisationId: event.organisationId,
      actorId: event.actorId,
      targetUserId: event.targetUserId ?? null,
      teamId: event.teamId ?? null,
      details: event.details ?? {},
      ip: event.ip?.slice(0, 64) ?? null,
    });
  }

  /**
   * Records something a person did to their own account in every organisation they belong to
   * (as member or admin), so each organisation's admins see it in their audit log.
   */
  async recordForOwnAccount(
    manager: EntityManager,
    actor: { userId: string; ip: string },
    action: string,
  ): Promise<void> {
    const organisations: Array<{ id: string }> = await manager.query(
      `SELECT DISTINCT t.organisation_id AS id FROM team_membership m JOIN team t ON t.id = m.team_id
        WHERE m.user_id = $1
       UNION SELECT organisation_id FROM organisation_admin WHERE user_id = $1`,
      [actor.userId],
    );
    for (const organisation of organisations) {
      await this.record(manager, {
        action,
        organisationId: organisation.id,
        actorId: actor.userId,
        targetUserId: actor.userId,
        ip: actor.ip,
      });
    }
  }

  async forOrganisation(organisationId: string, limit = 200): Promise<AuditEntryView[]> {
    const rows: Array<{
      id: string;
      created_at: Date;
      action: string;
      actor_name: string | null;
      target_name: string | null;
      team_name: string | null;
      ip: string | null;
      details: Record<string, unknown>;
    }> = await this.dataSource.query(
      `SELECT a.id, a.created_at, a.action, actor.name AS actor_name, target.name AS target_name,
              t.name AS team_name, a.ip, a.details
         FROM audit_entry a
         LEFT JOIN app_user actor ON actor.id = a.actor_id
         LEFT JOIN app_user target ON target.id = a.target_user_id
         LEFT JOIN team t ON t.id = a.team_id
        WHERE a.organisation_id = $1
        ORDER BY a.created_at DESC, a.id
        LIMIT $2`,
      [organisationId, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      at: row.created_at.toISOString(),
      action: row.action,
      actorName: row.actor_name,
      targetName: row.target_name,
      teamName: row.team_name,
      ip: row.ip,
      details: row.details,
    }));
  }
}
