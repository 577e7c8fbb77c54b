import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig, AppError } from '@leerruimte/api-core';
import { Mailer } from '@leerruimte/api-infrastructure';
import { User } from '@leerruimte/api-identity-data';
import { PasswordHasher } from '../passwords/password-hasher';
import { assertPasswordAllowed } from '../passwords/password-policy';
import { SessionService, hashToken } from '../sessions/session.service';
import { PasswordReset } from './password-reset.entity';
import { SsoDomains } from '../single-sign-on/sso-domains';
import { passwordResetMail, signInThroughOrganisationMail } from './password-reset-mail';
import { appPaths, link } from '@leerruimte/shared-paths';

export const RESET_VALID_MINUTES = 60;

const resetErrors = {
  notFound: () =>
    new AppError(HttpStatus.NOT_FOUND, 'reset_link_not_found', {
      nl: 'Deze link werkt niet (meer). Vraag een nieuwe aan.',
      en: 'This link does not work (any more). Ask for a new one.',
    }),
  expired: () =>
    new AppError(HttpStatus.GONE, 'reset_link_expired', {
      nl: 'Deze link is verlopen. Vraag een nieuwe aan.',
      en: 'This link has expired. Ask for a new one.',
    }),
};

@Injectable()
export class PasswordResetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly sso: SsoDomains,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Mails a link when the address has an account; says nothing either way. */
  async request(email: string): Promise<void> {
    const user = await this.dataSource
      .getRepository(User)
      .findOneBy({ email: email.toLowerCase() });
    if (!user) {
      return;
    }
    // The answer stays the same; the mail says how this person gets in instead.
    const closedBy = await this.sso.passwordClosedFor(user);
    if (closedBy) {
      await this.mailer.send(
        signInThroughOrganisationMail(user.locale, {
          to: user.email,
          name: user.name,
          organisationName: closedBy.name,
          link: `${this.config.http.publicUrl}${link(appPaths.login)}`,
        }),
      );
      return;
    }
    const resetLink = await this.createLink(user.id, RESET_VALID_MINUTES);
    await this.mailer.send(
      passwordResetMail(user.locale, {
        to: user.email,
        name: user.name,
        link: resetLink,
        validMinutes: RESET_VALID_MINUTES,
      }),
    );
  }

  /** A one-time link to (re)set the password, e.g. for a new organisation's first admin. */
  async createLink(userId: string, validMinutes: number): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.dataSource.getRepository(PasswordReset).insert({
      tokenHash: hashToken(token),
      userId,
      expiresAt: new Date(Date.now() + validMinutes * 60_000),
      usedAt: null,
    });
    return `${this.config.http.publicUrl}${link(appPaths.resetPassword, { token })}`;
  }

  /** Sets the new password and ends every session of the account. */
  async reset(token: string, password: string): Promise<void> {
    assertPasswordAllowed(password, 'password');
    const passwordHash = await this.hasher.hash(password);
    const userId = await this.dataSource.transaction(async (manager) => {
      const reset = await manager
        .createQueryBuilder(PasswordReset, 'r')
        .setLock('pessimistic_write')
        .where({ tokenHash: hashToken(token), usedAt: IsNull() })
        .getOne();
      if (!reset) throw resetErrors.notFound();
      if (reset.expiresAt <= new Date()) throw resetErrors.expired();
      await manager.update(User, { id: reset.userId }, { passwordHash });
      // The link reached the address, so the address is the person's.
      await manager.update(
        User,
        { id: reset.userId, emailVerifiedAt: IsNull() },
        { emailVerifiedAt: new Date() },
      );
      // Every other open link for this account stops working too.
      await manager.update(
        PasswordReset,
        { userId: reset.userId, usedAt: IsNull() },
        { usedAt: new Date() },
      );
      return reset.userId;
    });
    await this.sessions.endAllFor(userId);
  }
}
