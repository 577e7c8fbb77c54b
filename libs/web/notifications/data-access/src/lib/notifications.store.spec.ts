import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { NotificationsStore } from './notifications.store';

/** The browser's EventSource as far as the store uses it; jsdom has none. */
class FakeEventSource {
  static opened: FakeEventSource[] = [];
  readonly listeners = new Map<string, () => void>();
  closed = false;

  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }

  addEventListener(type: string, listener: () => void): void {
    this.listeners.set(type, listener);
  }

  close(): void {
    this.closed = true;
  }
}

const none = { unread: 0, notifications: [], more: false };

describe(NotificationsStore.name, () => {
  let http: HttpTestingController;
  let store: NotificationsStore;

  beforeEach(() => {
    FakeEventSource.opened = [];
    (globalThis as { EventSource?: unknown }).EventSource = FakeEventSource;
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(NotificationsStore);
  });

  afterEach(() => {
    delete (globalThis as { EventSource?: unknown }).EventSource;
    http.verify();
  });

  it('fetches the latest five, again on each message of the live stream, until stopped', async () => {
    const stop = store.follow();
    http.expectOne('/api/me/notifications?limit=5').flush({ ...none, unread: 1 });
    await Promise.resolve();
    expect(store.list().unread).toBe(1);

    const [stream] = FakeEventSource.opened;
    expect(stream.url).toBe('/api/me/notifications/stream');
    stream.listeners.get('notifications')?.();
    http.expectOne('/api/me/notifications?limit=5').flush({ ...none, unread: 2 });
    await Promise.resolve();
    expect(store.list().unread).toBe(2);

    stop();
    expect(stream.closed).toBe(true);
  });

  it('keeps what it showed when a refresh fails, and asks nothing when all is read', async () => {
    const stop = store.follow();
    http.expectOne('/api/me/notifications?limit=5').flush({ ...none, unread: 3 });
    await Promise.resolve();
    FakeEventSource.opened[0].listeners.get('notifications')?.();
    http
      .expectOne('/api/me/notifications?limit=5')
      .flush(null, { status: 503, statusText: 'Unavailable' });
    await Promise.resolve();
    expect(store.list().unread).toBe(3);
    stop();

    store.clear();
    await store.markRead();
    http.expectNone('/api/me/notifications/read');
  });
});
