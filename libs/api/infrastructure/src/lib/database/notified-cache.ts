import { Injectable } from '@nestjs/common';
import type { DatabaseNotifications } from './database-notifications';

/** Enough for every person or organisation active on a large platform; the oldest goes first beyond it. */
const MAX_ENTRIES = 50_000;

interface Entry<T> {
  owner: string;
  value: T;
  cachedAt: number;
}

/**
 * Values read from PostgreSQL, held in this process so that a request needs no round trip, each
 * under the id of what owns it (a person, an organisation). Triggers NOTIFY the cache's channel
 * with an owner's id when a change to what it holds commits (or `*` for every owner), which
 * reaches every process within about a millisecond, whatever made the change. While
 * notifications cannot be heard (at start, after the listening connection dropped) nothing is
 * held and every request reads PostgreSQL.
 */
export class NotifiedCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly keysOf = new Map<string, Set<string>>();
  /** Bumped by every change heard: a read that began before a change is not kept. */
  private changes = 0;
  private subscribed = false;

  constructor(
    private readonly notifications: DatabaseNotifications,
    private readonly channel: string,
    private readonly ttlMs: number,
  ) {}

  /** Whether values may be held now; the first ask starts listening (the worker never asks). */
  private mayHold(): boolean {
    if (this.ttlMs === 0) return false;
    if (!this.subscribed) {
      this.subscribed = true;
      this.notifications.subscribe(this.channel, {
        notified: (owner) => (owner === '*' ? this.forgetAll() : this.forgetOwner(owner)),
        missed: () => this.forgetAll(),
      });
    }
    return this.notifications.listening;
  }

  /** Where a read of PostgreSQL starts: pass it to `keep`. */
  get version(): number {
    return this.changes;
  }

  find(key: string, now: number): T | undefined {
    if (!this.mayHold()) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now - entry.cachedAt > this.ttlMs) {
      this.forget(key);
      return undefined;
    }
    return entry.value;
  }

  /** Keeps a value read from PostgreSQL, unless a change was heard since the read began. */
  keep(key: string, owner: string, value: T, versionAtRead: number, now: number): void {
    if (!this.mayHold() || versionAtRead !== this.changes) return;
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.forget(oldest);
    }
    this.entries.set(key, { owner, value, cachedAt: now });
    const keys = this.keysOf.get(owner) ?? new Set<string>();
    keys.add(key);
    this.keysOf.set(owner, keys);
  }

  forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    const keys = this.keysOf.get(entry.owner);
    keys?.delete(key);
    if (keys?.size === 0) this.keysOf.delete(entry.owner);
  }

  forgetOwner(owner: string): void {
    this.changes += 1;
    for (const key of this.keysOf.get(owner) ?? []) this.entries.delete(key);
    this.keysOf.delete(owner);
  }

  private forgetAll(): void {
    this.changes += 1;
    this.entries.clear();
    this.keysOf.clear();
  }
}

/**
 * The caches that hold things by person. A state-changing request forgets its caller in all of
 * them first: what it changes is read back at once (a saved language in the answer, the next
 * /me, a completed lesson in the module list), before the trigger's NOTIFY can have arrived.
 */
@Injectable()
export class CachesByPerson {
  private readonly caches: NotifiedCache<unknown>[] = [];

  add(cache: NotifiedCache<unknown>): void {
    this.caches.push(cache);
  }

  forgetPerson(personId: string): void {
    for (const cache of this.caches) cache.forgetOwner(personId);
  }
}
