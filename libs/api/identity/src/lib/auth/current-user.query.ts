import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import {
  CachesByPerson,
  DatabaseNotifications,
  NotifiedCache,
} from '@leerruimte/api-infrastructure';
import type { CurrentUser } from '@leerruimte/shared-contracts';
import { PEOPLE_CHANNEL } from '../sessions/session-cache';
import { currentUserRow } from './current-user.queries';

/** The logged-in person as /me answers, by person, held as long as sessions are. */
@Injectable()
export class CurrentUserCache extends NotifiedCache<CurrentUser> {
  constructor(
    notifications: DatabaseNotifications,
    byPerson: CachesByPerson,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(notifications, PEOPLE_CHANNEL, config.cacheSeconds * 1000);
    byPerson.add(this);
  }
}

/**
 * Everything the web app needs to know about the logged-in person, in one query, which every
 * page load asks: held in this process until PostgreSQL says something of it changed.
 */
@Injectable()
export class CurrentUserQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: CurrentUserCache,
  ) {}

  async forUser(userId: string, now = Date.now()): Promise<CurrentUser | undefined> {
    const held = this.cache.find(userId, now);
    if (held) return held;
    const versionAtRead = this.cache.version;
    const user = await this.read(userId);
    if (user) this.cache.keep(userId, userId, user, versionAtRead, now);
    return user;
  }

  private async read(userId: string): Promise<CurrentUser | undefined> {
    const user = await currentUserRow(this.dataSource, userId);
    if (!user) {
      return undefined;
    }
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      platformAdmin: user.platform_admin,
      emailNotifications: user.email_notifications,
      // A team the person has since left is no longer theirs to start in.
      preferredTeamId: user.teams.some((team) => team.id === user.preferred_team_id)
        ? user.preferred_team_id
        : null,
      registration:
        user.register && user.registration_number
          ? { register: user.register, number: user.registration_number }
          : null,
      twoFactor: {
        enabled: user.two_factor,
        required:
          user.platform_admin || user.organisations.some((organisation) => organisation.admin),
        recoveryCodesLeft: user.recovery_codes_left,
      },
      organisations: user.organisations,
      teams: user.teams,
    };
  }
}
