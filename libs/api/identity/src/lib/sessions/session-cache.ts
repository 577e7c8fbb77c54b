import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { DatabaseNotifications } from '@leerruimte/api-infrastructure';
import type { Grants } from '../access/access-policy';
import { PeopleCache } from '../people-cache/people-cache';

export interface CachedSession {
  userId: string;
  grants: Grants;
  expiresAt: number;
  /** As this process last saw or wrote it. */
  lastSeenAt: number;
}

/** Live sessions with their person's grants, by token hash, held for `SESSION_CACHE_SECONDS`. */
@Injectable()
export class SessionCache extends PeopleCache<CachedSession> {
  constructor(notifications: DatabaseNotifications, @Inject(APP_CONFIG) config: AppConfig) {
    super(notifications, config.session.cacheSeconds * 1000);
  }
}
