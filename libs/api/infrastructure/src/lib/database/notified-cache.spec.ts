import type { DatabaseNotifications, NotificationListener } from './database-notifications';
import { CachesByPerson, NotifiedCache } from './notified-cache';

const CHANNEL = 'leerruimte_people';

/** The listening connection, as far as the cache sees it: up or down, and what it hears. */
class Hearing {
  listening = true;
  readonly listeners = new Map<string, NotificationListener>();
  subscribe(channel: string, listener: NotificationListener): void {
    this.listeners.set(channel, listener);
  }
  notify(payload: string): void {
    this.listeners.get(CHANNEL)?.notified(payload);
  }
}

describe(NotifiedCache.name, () => {
  let hearing: Hearing;
  let sut: NotifiedCache<string>;
  const cache = (ttlMs: number) =>
    new NotifiedCache<string>(hearing as unknown as DatabaseNotifications, CHANNEL, ttlMs);

  beforeEach(() => {
    hearing = new Hearing();
    sut = cache(60_000);
    sut.find('warm-up', 0);
  });

  it('keeps a value read while nothing changed, until its time is up', () => {
    sut.keep('token-a', 'anna', 'Anna', sut.version, 1_000);

    expect(sut.find('token-a', 1_000 + 59_000)).toBe('Anna');
    expect(sut.find('token-a', 1_000 + 61_000)).toBeUndefined();
  });

  it('does not keep a read that began before a change was heard', () => {
    const versionAtRead = sut.version;
    hearing.notify('bram');

    sut.keep('token-a', 'anna', 'Anna', versionAtRead, 1_000);

    expect(sut.find('token-a', 1_000)).toBeUndefined();
  });

  it("forgets everything of the person a notification names, and all on '*'", () => {
    sut.keep('anna-phone', 'anna', 'Anna', sut.version, 1_000);
    sut.keep('anna-laptop', 'anna', 'Anna', sut.version, 1_000);
    sut.keep('bram-phone', 'bram', 'Bram', sut.version, 1_000);

    hearing.notify('anna');
    expect(sut.find('anna-phone', 1_000)).toBeUndefined();
    expect(sut.find('anna-laptop', 1_000)).toBeUndefined();
    expect(sut.find('bram-phone', 1_000)).toBe('Bram');

    hearing.notify('*');
    expect(sut.find('bram-phone', 1_000)).toBeUndefined();
  });

  it('holds nothing while notifications cannot be heard', () => {
    hearing.listening = false;

    sut.keep('token-a', 'anna', 'Anna', sut.version, 1_000);
    hearing.listening = true;

    expect(sut.find('token-a', 1_000)).toBeUndefined();
  });

  it('forgets everything when notifications were missed', () => {
    sut.keep('token-a', 'anna', 'Anna', sut.version, 1_000);

    hearing.listeners.get(CHANNEL)?.missed();

    expect(sut.find('token-a', 1_000)).toBeUndefined();
  });

  it('never holds a value when turned off, and does not listen', () => {
    hearing.listeners.clear();
    const off = cache(0);

    off.keep('token-a', 'anna', 'Anna', off.version, 1_000);

    expect(off.find('token-a', 1_000)).toBeUndefined();
    expect(hearing.listeners.size).toBe(0);
  });
});

describe(CachesByPerson.name, () => {
  it('forgets a person in every cache that holds things by person, and only them', () => {
    const hearing = new Hearing();
    const sessions = new NotifiedCache<string>(
      hearing as unknown as DatabaseNotifications,
      'a',
      60_000,
    );
    const modules = new NotifiedCache<string>(
      hearing as unknown as DatabaseNotifications,
      'b',
      60_000,
    );
    const sut = new CachesByPerson();
    sut.add(sessions);
    sut.add(modules);
    sessions.keep('anna-phone', 'anna', 'Anna', sessions.version, 1_000);
    modules.keep('anna-modules', 'anna', 'Leren', modules.version, 1_000);
    modules.keep('bram-modules', 'bram', 'Leren', modules.version, 1_000);

    sut.forgetPerson('anna');

    expect(sessions.find('anna-phone', 1_000)).toBeUndefined();
    expect(modules.find('anna-modules', 1_000)).toBeUndefined();
    expect(modules.find('bram-modules', 1_000)).toBe('Leren');
  });
});
