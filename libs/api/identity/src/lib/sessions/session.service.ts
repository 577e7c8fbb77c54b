import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { Repository } from 'typeorm';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { selectRows } from '@leerruimte/api-infrastructure';
import { UserSession } from '@leerruimte/api-identity-data';

/** Writing lastSeenAt on every request would cost a write per request; once a minute is enough. */
const TOUCH_AFTER_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Server-side sessions: opaque 256-bit tokens, idle timeout and absolute lifetime. */
@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(UserSession) private readonly sessions: Repository<UserSession>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(
    userId: string,
    client: { ip?: string; userAgent?: string },
    now = new Date(),
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
    });
    return { token, expiresAt };
  }

  /** The live session for a token, or undefined when it is unknown, idle too long or expired. */
  async resolve(token: string, now = new Date()): Promise<UserSession | undefined> {
    const tokenHash = hashToken(token);
    const session = await this.sessions.findOneBy({ tokenHash });
    if (!session) {
      return undefined;
    }
    const idleLimit = now.getTime() - this.config.session.idleTimeoutMinutes * 60_000;
    if (session.expiresAt <= now || session.lastSeenAt.getTime() < idleLimit) {
      await this.sessions.delete({ tokenHash });
      return undefined;
    }
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      await this.sessions.update({ tokenHash }, { lastSeenAt: now });
      session.lastSeenAt = now;
    }
    return session;
  }

  async end(tokenHash: string): Promise<void> {
    await this.sessions.delete({ tokenHash });
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
  }
}
