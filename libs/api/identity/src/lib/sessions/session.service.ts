import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { LessThan, type Repository } from 'typeorm';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { selectRows } from '@leerruimte/api-infrastructure';
import { UserSession } from '@leerruimte/api-identity-data';
import type { Grants } from '../access/access-policy';
import { type CachedSession, SessionCache } from './session-cache';
import { sessionWithGrants } from './session.queries';

/** Writing lastSeenAt on every request would cost a write per request; once a minute is enough. */
const TOUCH_AFTER_MS = 60_000;

/** A live session: whose it is and, read along with it, what that person may do. */
export interface Caller {
  userId: string;
  tokenHash: string;
  grants: Grants;
  ssoOrganisationId: string | null;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Server-side sessions: opaque 256-bit tokens, idle timeout and absolute lifetime. */
@Injectable()
export class SessionService {
  private readonly logger = new Logger(SessionService.name);
  /** Sessions whose last-seen time is being written, so a burst of requests writes it once. */
  private readonly touching = new Set<string>();

  constructor(
    @InjectRepository(UserSession) private readonly sessions: Repository<UserSession>,
    private readonly cache: SessionCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(
    userId: string,
    client: { ip?: string; userAgent?: string },
    now = new Date(),
    ssoOrganisationId: string | null = null,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.config.session.maxAgeHours * 3_600_000);
    await this.sessions.insert({
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: client.ip?.slice(0, 64) ?? null,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
      ssoOrganisationId,
    });
    return { token, expiresAt };
  }

  /**
   * The live session for a token with its person's grants, or undefined when it is unknown,
   * idle too long or expired. Held in this process (SessionCache) or read in one query; the
   * last-seen time is written at most once a minute and not waited for, so a request never
   * waits on a commit.
   */
  async resolve(token: string, now = new Date()): Promise<Caller | undefined> {
    const tokenHash = hashToken(token);
    const cached = this.cache.find(tokenHash, now.getTime());
    // One that looks idle or expired is read again: another process may have seen it since.
    if (cached && this.isLive(cached, now)) {
      return this.seen(tokenHash, cached, now);
    }
    const versionAtRead = this.cache.version;
    const row = await sessionWithGrants(this.sessions.manager, tokenHash);
    if (!row) {
      return undefined;
    }
    const session: CachedSession = {
      userId: row.user_id,
      grants: {
        userId: row.user_id,
        platformAdmin: row.platform_admin,
        teamRoles: new Map(row.team_roles),
        adminOf: new Set(row.admin_of),
        twoFactor: row.two_factor,
      },
      expiresAt: row.expires_at.getTime(),
      lastSeenAt: row.last_seen_at.getTime(),
      ssoOrganisationId: row.sso_organisation_id,
    };
    if (!this.isLive(session, now)) {
      this.cache.forget(tokenHash);
      await this.sessions.delete({ tokenHash });
      return undefined;
    }
    this.cache.keep(tokenHash, session.userId, session, versionAtRead, now.getTime());
    return this.seen(tokenHash, session, now);
  }

  private isLive(session: CachedSession, now: Date): boolean {
    const idleLimit = now.getTime() - this.config.session.idleTimeoutMinutes * 60_000;
    return session.expiresAt > now.getTime() && session.lastSeenAt >= idleLimit;
  }

  private seen(tokenHash: string, session: CachedSession, now: Date): Caller {
    if (now.getTime() - session.lastSeenAt > TOUCH_AFTER_MS) {
      session.lastSeenAt = now.getTime();
      void this.touch(tokenHash, now);
    }
    const { userId, grants, ssoOrganisationId } = session;
    return { userId, tokenHash, grants, ssoOrganisationId };
  }

  private async touch(tokenHash: string, now: Date): Promise<void> {
    if (this.touching.has(tokenHash)) return;
    this.touching.add(tokenHash);
    try {
      // Another process may have written it already; then this changes nothing.
      const seenBefore = new Date(now.getTime() - TOUCH_AFTER_MS);
      await this.sessions.update(
        { tokenHash, lastSeenAt: LessThan(seenBefore) },
        { lastSeenAt: now },
      );
    } catch (error: unknown) {
      // A missed write only makes the session look idle a minute earlier.
      this.logger.warn(`Could not write a session's last-seen time: ${String(error)}`);
    } finally {
      this.touching.delete(tokenHash);
    }
  }

  async end(tokenHash: string): Promise<void> {
    await this.sessions.delete({ tokenHash });
    // Other processes hear of it through the grants trigger; this one forgets at once.
    this.cache.forget(tokenHash);
  }

  /**
   * Deletes sessions past their lifetime or idle limit. Resolving a token deletes its own expired
   * session, but a browser that never comes back would leave its row behind for good.
   */
  async removeExpired(now = new Date()): Promise<number> {
    const idleLimit = new Date(now.getTime() - this.config.session.idleTimeoutMinutes * 60_000);
    const removed = await selectRows(
      this.sessions.manager,
      z.object({ token_hash: z.string() }),
      `DELETE FROM user_session WHERE expires_at <= $1 OR last_seen_at < $2 RETURNING token_hash`,
      [now, idleLimit],
    );
    return removed.length;
  }

  /** Ends every session of a person: after a password change or when the account is removed. */
  async endAllFor(userId: string): Promise<void> {
    await this.sessions.delete({ userId });
    this.cache.forgetOwner(userId);
  }
}
