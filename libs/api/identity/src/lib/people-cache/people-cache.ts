import type { DatabaseNotifications } from '@leerruimte/api-infrastructure';

/**
 * The channel the people triggers notify (migration SessionCacheNotifications): a person's id
 * when anything about them that a cache holds changed (their sessions, account, recovery codes,
 * memberships, admin rights, or the name of one of their teams); `*` when a table was emptied
 * or an organisation renamed.
 */
export const PEOPLE_CHANNEL = 'leerruimte_people';

/** Enough for every person active on a large platform; the oldest goes first beyond it. */
const MAX_ENTRIES = 50_000;

interface Entry<T> {
  personId: string;
  value: T;
  cachedAt: number;
}

/**
 * Values about people, held in this process so that a request needs no round trip to
 * PostgreSQL. A change is heard through the people triggers' NOTIFY, which reaches every
 * process within about a millisecond of its commit, whatever made it. While notifications
 * cannot be heard (at start, after the listening connection dropped) nothing is held and every
 * request reads PostgreSQL.
 */
export class PeopleCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly keysOf = new Map<string, Set<string>>();
  /** Bumped by every change heard: a read that began before a change is not kept. */
  private changes = 0;
  private subscribed = false;

  constructor(
    private readonly notifications: DatabaseNotifications,
    private readonly ttlMs: number,
  ) {}

  /** Whether values may be held now; the first ask starts listening (the worker never asks). */
  private mayHold(): boolean {
    if (this.ttlMs === 0) return false;
    if (!this.subscribed) {
      this.subscribed = true;
      this.notifications.subscribe(PEOPLE_CHANNEL, {
        notified: (personId) => (personId === '*' ? this.forgetAll() : this.forgetPerson(personId)),
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
  keep(key: string, personId: string, value: T, versionAtRead: number, now: number): void {
    if (!this.mayHold() || versionAtRead !== this.changes) return;
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.forget(oldest);
    }
    this.entries.set(key, { personId, value, cachedAt: now });
    const keys = this.keysOf.get(personId) ?? new Set<string>();
    keys.add(key);
    this.keysOf.set(personId, keys);
  }

  forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    const keys = this.keysOf.get(entry.personId);
    keys?.delete(key);
    if (keys?.size === 0) this.keysOf.delete(entry.personId);
  }

  forgetPerson(personId: string): void {
    this.changes += 1;
    for (const key of this.keysOf.get(personId) ?? []) this.entries.delete(key);
    this.keysOf.delete(personId);
  }

  private forgetAll(): void {
    this.changes += 1;
    this.entries.clear();
    this.keysOf.clear();
  }
}
