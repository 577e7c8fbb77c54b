import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '@leerruimte/api-core';
import type { ChangePasswordRequest, UpdateProfileRequest } from '@leerruimte/shared-contracts';
import { AuditLog } from '../audit/audit-log';
import { User } from '../entities/user.entity';
import { PasswordHasher } from '../passwords/password-hasher';
import { assertPasswordAllowed } from '../passwords/password-policy';
import { SessionService } from '../sessions/session.service';

const profileErrors = {
  wrongPassword: (field: string) =>
    new AppError(
      HttpStatus.FORBIDDEN,
      'wrong_password',
      { nl: 'Je huidige wachtwoord klopt niet.', en: 'Your current password is not right.' },
      [
        {
          field,
          code: 'wrong_password',
          text: { nl: 'Dit wachtwoord klopt niet.', en: 'This password is not right.' },
        },
      ],
    ),
};

export interface ProfileActor {
  userId: string;
  tokenHash: string;
  ip: string;
}

/** What a person does with their own account: name, language, password, export, removal. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditLog,
  ) {}

  async update(userId: string, request: UpdateProfileRequest): Promise<void> {
    await this.dataSource.getRepository(User).update(
      { id: userId },
      {
        ...(request.name !== undefined && { name: request.name }),
        ...(request.locale !== undefined && { locale: request.locale }),
      },
    );
  }

  /** Needs the current password; ends every other session of the account. */
  async changePassword(actor: ProfileActor, request: ChangePasswordRequest): Promise<void> {
    await this.reauthenticate(actor.userId, request.currentPassword, 'currentPassword');
    assertPasswordAllowed(request.newPassword, 'newPassword');
    const passwordHash = await this.hasher.hash(request.newPassword);
    await this.dataSource.getRepository(User).update({ id: actor.userId }, { passwordHash });
    await this.dataSource.query(
      `DELETE FROM user_session WHERE user_id = $1 AND token_hash <> $2`,
      [actor.userId, actor.tokenHash],
    );
  }

  /** Everything the platform holds about this person (AVG/GDPR art. 15 and 20). */
  async export(actor: ProfileActor): Promise<Record<string, unknown>> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: actor.userId });
    const [memberships, organisationsManaged, sessions, auditAboutMe] = await Promise.all([
      this.dataSource.query(
        `SELECT t.name AS team, o.name AS organisation, m.role, m.created_at AS "since"
           FROM team_membership m JOIN team t ON t.id = m.team_id
           JOIN organisation o ON o.id = t.organisation_id WHERE m.user_id = $1`,
        [actor.userId],
      ),
      this.dataSource.query(
        `SELECT o.name AS organisation, a.created_at AS "since" FROM organisation_admin a
           JOIN organisation o ON o.id = a.organisation_id WHERE a.user_id = $1`,
        [actor.userId],
      ),
      this.dataSource.query(
        `SELECT created_at AS "startedAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt",
                ip, user_agent AS "userAgent" FROM user_session WHERE user_id = $1`,
        [actor.userId],
      ),
      this.dataSource.query(
        `SELECT action, created_at AS "at", details FROM audit_entry
          WHERE actor_id = $1 OR target_user_id = $1 ORDER BY created_at`,
        [actor.userId],
      ),
    ]);
    await this.recordInEveryOrganisation(actor, 'account.exported');
    return {
      exportedAt: new Date().toISOString(),
      profile: {
        id: user.id,
        email: user.email,
        name: user.name,
        locale: user.locale,
        createdAt: user.createdAt.toISOString(),
      },
      memberships,
      organisationsManaged,
      sessions,
      auditLogAboutMe: auditAboutMe,
    };
  }

  /**
   * Removes the account after the password is given again. Memberships and sessions go with it;
   * what the person shared with a team stays, shown as "voormalig teamlid".
   */
  async delete(actor: ProfileActor, password: string): Promise<void> {
    await this.reauthenticate(actor.userId, password, 'password');
    await this.recordInEveryOrganisation(actor, 'account.deleted');
    await this.dataSource.getRepository(User).delete({ id: actor.userId });
  }

  private async reauthenticate(userId: string, password: string, field: string): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      throw profileErrors.wrongPassword(field);
    }
  }

  private async recordInEveryOrganisation(actor: ProfileActor, action: string): Promise<void> {
    const organisations: Array<{ id: string }> = await this.dataSource.query(
      `SELECT DISTINCT t.organisation_id AS id FROM team_membership m JOIN team t ON t.id = m.team_id
        WHERE m.user_id = $1
       UNION SELECT organisation_id FROM organisation_admin WHERE user_id = $1`,
      [actor.userId],
    );
    await this.dataSource.transaction(async (manager) => {
      for (const organisation of organisations) {
        await this.audit.record(manager, {
          action,
          organisationId: organisation.id,
          actorId: actor.userId,
          targetUserId: actor.userId,
          ip: actor.ip,
        });
      }
    });
  }
}
