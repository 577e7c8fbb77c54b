import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, AppError } from '@leerruimte/api-core';
import { Mailer, REDIS } from '@leerruimte/api-infrastructure';
import { User } from '@leerruimte/api-identity-data';
import { appPaths, link } from '@leerruimte/shared-paths';
import { hashToken } from '../sessions/session.service';
import { unlockMail } from './unlock-mail';

export const UNLOCK_VALID_MINUTES = 30;

export const unlockLinkNotFound = () =>
  new AppError(HttpStatus.NOT_FOUND, 'unlock_link_not_found', {
    nl: 'Deze link werkt niet (meer): hij is verlopen of al gebruikt. Vraag op de inlogpagina een nieuwe aan.',
    en: 'This link does not work (any more): it has expired or was used. Ask for a new one on the login page.',
  });

/**
 * Mailed links that let the owner of an account log in again while failed attempts make others
 * wait: opening one proves access to the mailbox. Single use, short-lived, kept in Redis.
 */
@Injectable()
export class UnlockLinks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private key(token: string): string {
    return `${this.config.redis.keyPrefix}:unlock-link:${hashToken(token)}`;
  }

  /** Mails a link when the address has an account; says nothing either way. */
  async request(email: string): Promise<void> {
    const user = await this.dataSource
      .getRepository(User)
      .findOneBy({ email: email.toLowerCase() });
    if (!user) return;
    const token = randomBytes(32).toString('base64url');
    await this.redis.set(this.key(token), user.email, 'EX', UNLOCK_VALID_MINUTES * 60);
    await this.mailer.send(
      unlockMail(user.locale, {
        to: user.email,
        name: user.name,
        link: `${this.config.http.publicUrl}${link(appPaths.unlockLogin, { token })}`,
        validMinutes: UNLOCK_VALID_MINUTES,
      }),
    );
  }

  /** Uses the link up; returns the address it was for. */
  async use(token: string): Promise<string> {
    const email = await this.redis.getdel(this.key(token));
    if (!email) throw unlockLinkNotFound();
    return email;
  }
}
