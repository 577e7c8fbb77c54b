import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditEntry as AuditEntryView } from '@leerruimte/shared-contracts';
import { AuditEntry } from './audit-entry.entity';
import { auditEntriesOf, organisationIdsOfPerson } from './audit-log.queries';

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
    for (const organisationId of await organisationIdsOfPerson(manager, actor.userId)) {
      await this.record(manager, {
        action,
        organisationId,
        actorId: actor.userId,
        targetUserId: actor.userId,
        ip: actor.ip,
      });
    }
  }

  async forOrganisation(organisationId: string, limit = 200): Promise<AuditEntryView[]> {
    const rows = await auditEntriesOf(this.dataSource, organisationId, limit);
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
