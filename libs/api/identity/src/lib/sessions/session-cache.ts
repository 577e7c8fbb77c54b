import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import {
  CachesByPerson,
  DatabaseNotifications,
  NotifiedCache,
} from '@leerruimte/api-infrastructure';
import type { Grants } from '../access/access-policy';

/**
 * The channel the people triggers notify (migration SessionCacheNotifications): a person's id
 * when anything about them that the identity caches hold changed (their sessions, account,
 * recovery codes, memberships, admin rights, or the name of one of their teams); `*` when a
 * table was emptied or an organisation renamed.
 */
export const PEOPLE_CHANNEL = 'leerruimte_people';

export interface CachedSession {
  userId: string;
  grants: Grants;
  /** The organisation whose single sign-on made the session, if one did. */
  ssoOrganisationId: string | null;
  expiresAt: number;
  /** As this process last saw or wrote it. */
  lastSeenAt: number;
}

/** Live sessions with their person's grants, by token hash, held for `CACHE_SECONDS`. */
@Injectable()
export class SessionCache extends NotifiedCache<CachedSession> {
  constructor(
    notifications: DatabaseNotifications,
    byPerson: CachesByPerson,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(notifications, PEOPLE_CHANNEL, config.cacheSeconds * 1000);
    byPerson.add(this);
  }
}
