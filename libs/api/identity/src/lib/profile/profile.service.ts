import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PersonalDataExport, guardClientTexts } from '@leerruimte/api-core';
import type {
  ChangePasswordRequest,
  ClientDataContextView,
  ReauthenticationRequest,
  UpdateProfileRequest,
} from '@leerruimte/shared-contracts';
import { AuditLog, User, clientDataContextOf } from '@leerruimte/api-identity-data';
import { identityErrors } from '../identity.errors';
import { PasswordHasher } from '../passwords/password-hasher';
import { assertPasswordAllowed } from '../passwords/password-policy';
import { TwoFactorService } from '../two-factor/two-factor.service';
import {
  auditAboutPersonForExport,
  isTeamMember,
  membershipsForExport,
  organisationsManagedForExport,
  singleSignOnForExport,
  sessionsForExport,
} from './profile.queries';

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
    private readonly audit: AuditLog,
    private readonly twoFactor: TwoFactorService,
    private readonly personalData: PersonalDataExport,
  ) {}

  clientDataContext(userId: string): Promise<ClientDataContextView> {
    return clientDataContextOf(this.dataSource, userId);
  }

  async update(userId: string, request: UpdateProfileRequest): Promise<void> {
    if (request.name !== undefined) {
      // One's own name is no resident's; a number or an address in a name field could be.
      const context = await clientDataContextOf(this.dataSource, userId);
      guardClientTexts({ name: request.name }, false, {
        ...context,
        skipNames: [...context.skipNames, request.name],
      });
    }
    if (request.preferredTeamId) {
      if (!(await isTeamMember(this.dataSource, userId, request.preferredTeamId))) {
        throw identityErrors.notYourTeam('preferredTeamId');
      }
    }
    await this.dataSource.getRepository(User).update(
      { id: userId },
      {
        ...(request.name !== undefined && { name: request.name }),
        ...(request.locale !== undefined && { locale: request.locale }),
        ...(request.emailNotifications !== undefined && {
          emailNotifications: request.emailNotifications,
        }),
        ...(request.preferredTeamId !== undefined && {
          preferredTeamId: request.preferredTeamId,
        }),
        ...(request.registration !== undefined && {
          register: request.registration?.register ?? null,
          registrationNumber: request.registration?.number ?? null,
        }),
      },
    );
  }

  /** Needs the current password (and 2FA code); ends every other session of the account. */
  async changePassword(actor: ProfileActor, request: ChangePasswordRequest): Promise<void> {
    await this.twoFactor.reauthenticate(actor.userId, request);
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
    const [memberships, organisationsManaged, singleSignOn, sessions, auditAboutMe, features] =
      await Promise.all([
        membershipsForExport(this.dataSource, actor.userId),
        organisationsManagedForExport(this.dataSource, actor.userId),
        singleSignOnForExport(this.dataSource, actor.userId),
        sessionsForExport(this.dataSource, actor.userId),
        auditAboutPersonForExport(this.dataSource, actor.userId),
        this.personalData.collect(actor.userId),
      ]);
    await this.dataSource.transaction((manager) =>
      this.audit.recordForOwnAccount(manager, actor, 'account.exported'),
    );
    return {
      exportedAt: new Date().toISOString(),
      profile: {
        id: user.id,
        email: user.email,
        name: user.name,
        locale: user.locale,
        emailNotifications: user.emailNotifications,
        twoFactorEnabledAt: user.twoFactorEnabledAt?.toISOString() ?? null,
        createdAt: user.createdAt.toISOString(),
      },
      memberships,
      organisationsManaged,
      singleSignOn,
      sessions,
      auditLogAboutMe: auditAboutMe,
      ...features,
    };
  }

  /**
   * Removes the account after the password (and 2FA code) is given again. Memberships, sessions
   * and recovery codes go with it; what the person shared with a team stays, shown as
   * "voormalig teamlid".
   */
  async delete(actor: ProfileActor, request: ReauthenticationRequest): Promise<void> {
    await this.twoFactor.reauthenticate(actor.userId, request);
    await this.dataSource.transaction(async (manager) => {
      await this.audit.recordForOwnAccount(manager, actor, 'account.deleted');
      await manager.delete(User, { id: actor.userId });
    });
  }
}
